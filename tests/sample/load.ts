/**
 * The shipped sample, read once through the real reader/validator
 * (`loadDataset`), and its raw rows for the checks of how the file looks.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { loadDataset } from '../../src/survey/loadDataset.ts';
import { readNameOrder } from '../../src/survey/read/readNameOrder.ts';
import type { Dataset, Problem } from '../../src/survey/types.ts';
import { questionnaire } from '../helpers/questionnaire.ts';

export const dataDir = resolve(import.meta.dirname, '../../data');
export const responsesPath = resolve(dataDir, 'responses.csv');
export const libraryOrderPath = resolve(dataDir, 'library-order.csv');

export interface Loaded {
  dataset: Dataset;
  warnings: Problem[];
}

let loaded: Promise<Loaded> | undefined;

/** The shipped responses.csv through loadDataset; throws with the validator's errors if it is rejected. */
export function loadSample(): Promise<Loaded> {
  return (loaded ??= loadDataset(responsesPath, questionnaire).then((r) => {
    if (!r.ok) throw new Error(`data/responses.csv rejected:\n${r.errors.map((e) => `${e.line ?? ''} ${e.column ?? ''} ${e.value ?? ''} ${e.message}`).join('\n')}`);
    return { dataset: r.dataset, warnings: r.dataset.warnings };
  }));
}

/** The raw CSV text (BOM kept) and its header and rows as parsed by RFC 4180 rules. */
export async function rawSample(): Promise<{ text: string; header: string[]; rows: string[][] }> {
  const text = await readFile(responsesPath, 'utf8');
  const [header, ...rows] = csvParseRows(text.replace(/^\uFEFF/, ''));
  return { text, header: header!, rows };
}

/** data/library-order.csv read the way the site reads it. */
export const libraryOrder = (): Promise<string[]> => readNameOrder(libraryOrderPath);
