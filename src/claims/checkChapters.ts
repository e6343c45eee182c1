/** Checks the statements of every chapter of a report against its data. */
import type { Report } from '../report/report.ts';
import { checkStatements, type CheckedStatement } from './checkStatements.ts';
import { claimData } from './data.ts';

/** The statements of all chapters (in reading order, then line), checked against the report's data. */
export function checkChapters(report: Report): CheckedStatement[] {
  const data = claimData(report);
  return report.outline.chapters.flatMap((c) => checkStatements(c.tree, c.file, data));
}
