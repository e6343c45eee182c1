/** Checks the statements of every chapter of the report against a data file. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { reportFrom } from '../report/figures.ts';
import { chaptersDir } from '../report/folder.ts';
import type { Dataset } from '../survey/types.ts';
import { checkMdx, type CheckedStatement } from './checkMdx.ts';
import { claimData, type ClaimData } from './data.ts';

/** The statements of all chapters (in file and line order), checked against `data`. */
export function checkChapters(data: ClaimData): CheckedStatement[] {
  const dir = chaptersDir();
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .flatMap((f) => checkMdx(readFileSync(join(dir, f), 'utf8'), relative(process.cwd(), join(dir, f)), data));
}

/** The claim figures of a validated dataset (no statement reads the list of names, so no library order is read). */
export function claimDataOf(dataset: Dataset): ClaimData {
  return claimData(reportFrom(dataset, []));
}
