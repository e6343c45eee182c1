/**
 * Where a report's files are. A report is a folder (`REPORT_ROOT`, by default
 * the project root) holding `content/` (chapters, references, metadata, home
 * page) and `data/` (questionnaire, response file and its description, library
 * order). Every command and the site read their inputs through these paths.
 */
import { basename, dirname, extname, join, resolve } from 'node:path';

/** The report folder: `REPORT_ROOT`, or the working directory. */
export function reportRoot(): string {
  return resolve(process.cwd(), process.env.REPORT_ROOT || '.');
}

/** A path inside the report folder. */
export function inReport(...parts: string[]): string {
  return join(reportRoot(), ...parts);
}

/** The folder of chapter MDX files. */
export function chaptersDir(): string {
  return inReport('content', 'chapters');
}

/** The questionnaire: the survey definition every rule and table reads. */
export function questionnairePath(): string {
  return inReport('data', 'questionnaire.json');
}

/** The response file the site is built from: `REPORT_DATA` (relative to the working directory), or the report's `data/responses.csv`. */
export function reportDataPath(): string {
  return process.env.REPORT_DATA ? resolve(process.cwd(), process.env.REPORT_DATA) : inReport('data', 'responses.csv');
}

/** The optional file giving the report's order of named libraries: `REPORT_LIBRARY_ORDER`, or the report's `data/library-order.csv`. */
export function libraryOrderPath(): string {
  return process.env.REPORT_LIBRARY_ORDER ? resolve(process.cwd(), process.env.REPORT_LIBRARY_ORDER) : inReport('data', 'library-order.csv');
}

/** The description a maintainer keeps beside a response file: `responses.csv` → `responses.meta.json` in the same folder. */
export function dataDescriptionPath(dataFile: string): string {
  return join(dirname(dataFile), `${basename(dataFile, extname(dataFile))}.meta.json`);
}
