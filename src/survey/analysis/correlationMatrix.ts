import { sampleCorrelation } from 'simple-statistics';
import { questionnaire, type IndexId } from '../questionnaire.ts';
import type { Indices } from './compositeIndices.ts';

export interface CorrelationMatrix {
  ids: IndexId[];
  /** The indices' names, in the order of `ids`. */
  names: string[];
  /** Pearson's r, `r[i][j]` between `ids[i]` and `ids[j]`. */
  r: number[][];
}

/** Pearson's r between every pair of composite indices over all libraries. */
export function correlationMatrix(indices: readonly Indices[]): CorrelationMatrix {
  const ids = questionnaire.indices.map((ix) => ix.id);
  const columns = ids.map((id) => indices.map((x) => x[id]));
  return {
    ids,
    names: questionnaire.indices.map((ix) => ix.name),
    r: columns.map((a, i) => columns.map((b, j) => (i === j ? 1 : sampleCorrelation(a, b)))),
  };
}
