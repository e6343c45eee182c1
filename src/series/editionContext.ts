/**
 * What an edition of a series knows of the series: its title, and this and
 * every earlier edition with their data. Later editions are never in it, so
 * adding an edition cannot change an earlier edition's pages.
 */
import type { ReportData } from '../report/loadReport.ts';
import type { QuestionLink } from './series.ts';

export interface EditionData {
  id: string;
  label: string;
  data: ReportData;
  /** Its questions that continue one of the edition before it. */
  links: ReadonlyMap<number, QuestionLink>;
}

export interface EditionContext {
  seriesTitle: string;
  /** The URL path of the series home, with a slash at each end (`/` or `/reports/`). */
  seriesBase: string;
  /** Oldest first; the last is this edition. */
  editions: readonly EditionData[];
}

/** This edition: the last of the context. */
export function currentEdition(context: EditionContext): EditionData {
  return context.editions.at(-1)!;
}

/** Why a comparison of editions cannot be made outside a series. */
export const notInSeries = '只能用在报告系列的某一版中（REPORT_ROOT 指向含 series.json 的系列文件夹）';
