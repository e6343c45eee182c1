/**
 * Where a report's files are. A report is a folder holding `content/`
 * (chapters, references, metadata, home page) and `data/` (questionnaire,
 * response file and its description, order of names). An entry point resolves
 * it once; everything below reads its inputs through this value.
 */
import { basename, dirname, extname, join, resolve } from 'node:path';

export interface ReportFolder {
  /** The report folder itself (absolute). */
  root: string;
  /** `content/`: home page, metadata, references, chapters. */
  content: string;
  /** The folder of chapter MDX files. */
  chapters: string;
  /** The report's metadata (title page). */
  meta: string;
  /** The reference list. */
  references: string;
  /** The questionnaire: the survey definition every rule and table reads. */
  questionnaire: string;
  /** The response file the site is built from. */
  data: string;
  /** The description a maintainer keeps beside the response file. */
  description: string;
  /** The optional file giving the report's order of named respondents. */
  nameOrder: string;
}

/** The description beside a response file: `responses.csv` → `responses.meta.json` in the same folder. */
export function dataDescriptionPath(dataFile: string): string {
  return join(dirname(dataFile), `${basename(dataFile, extname(dataFile))}.meta.json`);
}

/** The files of the report folder `root`; `data` and `nameOrder` replace the folder's own response file and order of names. */
export function reportFolder(root: string, files: { data?: string; nameOrder?: string } = {}): ReportFolder {
  const at = (...parts: string[]) => join(resolve(root), ...parts);
  const data = files.data ? resolve(files.data) : at('data', 'responses.csv');
  return {
    root: resolve(root),
    content: at('content'),
    chapters: at('content', 'chapters'),
    meta: at('content', 'report.json'),
    references: at('content', 'references.json'),
    questionnaire: at('data', 'questionnaire.json'),
    data,
    description: dataDescriptionPath(data),
    nameOrder: files.nameOrder ? resolve(files.nameOrder) : at('data', 'library-order.csv'),
  };
}

/** Every file the report is computed from, chapters aside: `astro dev` watches these. */
export function reportInputFiles(folder: ReportFolder): string[] {
  return [folder.data, folder.description, folder.nameOrder, folder.questionnaire, folder.meta];
}
