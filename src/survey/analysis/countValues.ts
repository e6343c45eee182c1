import type { Dataset } from '../types.ts';

/** The readable numbers typed into blank `blank` (0-based) of count question `n`, one per response that gave one. */
export function countValues(dataset: Dataset, n: number, blank: number): number[] {
  const column = dataset.answers[n];
  if (column?.type !== 'count') throw new Error(`第 ${n} 题不是数字填空题`);
  const values: number[] = [];
  for (let k = 0; k < dataset.size; k++) {
    const v = column.values[k * column.blanks + blank]!;
    if (!Number.isNaN(v)) values.push(v);
  }
  return values;
}
