import { sampleCorrelation } from 'simple-statistics';
import type { Dataset } from '../types.ts';

export interface CorrelationMatrix {
  ids: string[];
  /** The indices' names, in the order of `ids`. */
  names: string[];
  /** Pearson's r, `r[i][j]` between `ids[i]` and `ids[j]`. */
  r: number[][];
}

/** Pearson's r of `a` and `b` over the responses with a value in both (a mean index is NaN where no row of it was scored). */
function pairwiseCorrelation(a: Float64Array, b: Float64Array): number {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let k = 0; k < a.length; k++) {
    if (Number.isNaN(a[k]!) || Number.isNaN(b[k]!)) continue;
    xs.push(a[k]!);
    ys.push(b[k]!);
  }
  return sampleCorrelation(xs, ys);
}

/** Pearson's r between every pair of the dataset's composite indices (n × n; empty without indices), each pair over the responses with both values. */
export function correlationMatrix(dataset: Dataset): CorrelationMatrix {
  const columns = dataset.indices.map((c) => c.values);
  return {
    ids: dataset.indices.map((c) => c.index.id),
    names: dataset.indices.map((c) => c.index.name),
    r: columns.map((a, i) => columns.map((b, j) => (i === j ? 1 : pairwiseCorrelation(a, b)))),
  };
}

/** The r of each pair of distinct indices once (the matrix above its diagonal, row by row). */
export function pairwise(m: CorrelationMatrix): number[] {
  return m.r.flatMap((row, i) => row.slice(i + 1));
}
