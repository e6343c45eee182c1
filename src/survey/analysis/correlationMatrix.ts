import { sampleCorrelation } from 'simple-statistics';
import type { Dataset } from '../types.ts';

export interface CorrelationMatrix {
  ids: string[];
  /** The indices' names, in the order of `ids`. */
  names: string[];
  /** Pearson's r, `r[i][j]` between `ids[i]` and `ids[j]`. */
  r: number[][];
}

/** Pearson's r between every pair of the dataset's composite indices (n × n; empty without indices). */
export function correlationMatrix(dataset: Dataset): CorrelationMatrix {
  const columns = dataset.indices.map((c) => Array.from(c.values));
  return {
    ids: dataset.indices.map((c) => c.index.id),
    names: dataset.indices.map((c) => c.index.name),
    r: columns.map((a, i) => columns.map((b, j) => (i === j ? 1 : sampleCorrelation(a, b)))),
  };
}

/** The r of each pair of distinct indices once (the matrix above its diagonal, row by row). */
export function pairwise(m: CorrelationMatrix): number[] {
  return m.r.flatMap((row, i) => row.slice(i + 1));
}
