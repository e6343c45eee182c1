import type { Dataset } from '../types.ts';
import { scaleScores } from './scaleScores.ts';

export interface ScaleMean {
  /** Responses with a score on the row (不适用 and unanswered excluded). */
  n: number;
  /** Mean score; NaN when n is 0. */
  mean: number;
  /** Sample standard deviation (divisor n − 1); NaN when n < 2. */
  sd: number;
}

/**
 * The mean and sample standard deviation (n − 1) of the scores on row `row`
 * of scale question `n` (reverse-scored rows reversed), over the responses
 * that scored it: 不适用 and unanswered rows count in neither.
 */
export function scaleMean(dataset: Dataset, n: number, row: number): ScaleMean {
  const scores = scaleScores(dataset, n, row).filter((s) => !Number.isNaN(s));
  const count = scores.length;
  const mean = count === 0 ? NaN : scores.reduce((a, b) => a + b, 0) / count;
  const squares = scores.reduce((a, s) => a + (s - mean) ** 2, 0);
  return { n: count, mean, sd: count < 2 ? NaN : Math.sqrt(squares / (count - 1)) };
}
