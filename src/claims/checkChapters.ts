/** Checks the statements of every chapter of a report against its data. */
import { numberLabel } from '../outline/outline.ts';
import type { Report } from '../report/report.ts';
import { checkStatements, type CheckedStatement } from './checkStatements.ts';
import { claimData } from './data.ts';

/** The statements of all chapters (in reading order, then line), checked against the report's data. */
export function checkChapters(report: Report): CheckedStatement[] {
  const data = claimData(report);
  const refLabels = new Map([...report.outline.numbered].map(([id, el]) => [id, numberLabel(el)]));
  return report.outline.chapters.flatMap((c) => checkStatements(c.tree, c.file, data, refLabels));
}
