/** The report as one value: where its files are, what they say, and its figures. Entry points make it; everything below reads it. */
import type { Outline } from '../outline/outline.ts';
import type { Dataset } from '../survey/types.ts';
import type { Questionnaire } from '../survey/questionnaire.ts';
import type { DataDescription } from './dataDescription.ts';
import type { ReportFigures } from './figures.ts';
import type { ReportFolder } from './folder.ts';
import type { ReportMeta } from './meta.ts';
import type { EditionContext } from '../series/editionContext.ts';

export interface Report extends ReportFigures {
  folder: ReportFolder;
  meta: ReportMeta;
  questionnaire: Questionnaire;
  dataset: Dataset;
  /** What the maintainer says the response file is; null when it has no description (the site then claims nothing about it). */
  description: DataDescription | null;
  /** The chapters, parsed once: reading order, numbering, citations, statements. */
  outline: Outline;
  /** When the report is an edition of a series: the series and this and the earlier editions' data. */
  edition?: EditionContext;
}
