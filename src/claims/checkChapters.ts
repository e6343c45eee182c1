/** Checks the statements of every chapter of the report against a data file. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { reportFrom } from '../site/report.ts';
import { chaptersDir, libraryOrderPath, reportRoot } from '../site/paths.ts';
import { readLibraryOrder } from '../survey/read/readLibraryOrder.ts';
import type { Dataset } from '../survey/types.ts';
import { checkMdx, type CheckedStatement } from './checkMdx.ts';
import { claimData, type ClaimData } from './data.ts';

/** The statements of all chapters (in file and line order), checked against `data`. */
export function checkChapters(data: ClaimData): CheckedStatement[] {
  const dir = chaptersDir();
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .flatMap((f) => checkMdx(readFileSync(join(dir, f), 'utf8'), relative(reportRoot(), join(dir, f)), data));
}

/** The claim figures of a validated dataset, with the report's library order. */
export async function claimDataOf(dataset: Dataset): Promise<ClaimData> {
  return claimData(reportFrom(dataset, await readLibraryOrder(libraryOrderPath())));
}
