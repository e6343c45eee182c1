import { readFile } from 'node:fs/promises';
import { csvParseRows } from 'd3-dsv';
import { correlationMatrix } from '../src/survey/analysis/correlationMatrix.ts';
import { frequencyTable } from '../src/survey/analysis/frequencyTable.ts';
import { indexMeansByStage } from '../src/survey/analysis/indexMeansByStage.ts';
import { loadDataset } from '../src/survey/loadDataset.ts';
import { closedQuestions, type Questionnaire } from '../src/survey/questionnaire.ts';
import type { Dataset } from '../src/survey/types.ts';

/** Every table and index figure the report computes from a dataset (the indices themselves are computed with it). */
export function analyse(dataset: Dataset): void {
  for (const n of closedQuestions(dataset.questionnaire)) frequencyTable(dataset, n);
  correlationMatrix(dataset);
  indexMeansByStage(dataset);
}

/** The baseline: read the file and parse it with d3-dsv, by Node's fastest path, and nothing else. */
export async function bareParse(path: string): Promise<string[][]> {
  return csvParseRows((await readFile(path)).toString('utf8'));
}

/** The whole pipeline: read, decode, parse and validate by row, store by column, then every table and index figure. */
export async function pipeline(path: string, qn: Questionnaire): Promise<void> {
  const loaded = await loadDataset(path, qn);
  if (!loaded.ok) throw new Error('pipeline rejected the file');
  analyse(loaded.dataset);
}
