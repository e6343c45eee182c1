import type { Dataset } from '../types.ts';

/** How many responses answered question n. */
export function answeredCount(dataset: Dataset, n: number): number {
  return dataset.answered[n]!.reduce((sum, a) => sum + a, 0);
}
