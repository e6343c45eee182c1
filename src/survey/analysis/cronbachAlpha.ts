import type { ScaleItem } from '../questionnaire.ts';
import type { Dataset } from '../types.ts';
import { scaleScores } from './scaleScores.ts';

export interface CronbachAlpha {
  /** How many items (scale rows) it is computed over. */
  items: number;
  /** Responses that scored every item: the others are left out (listwise deletion). */
  n: number;
  /** α = k / (k − 1) × (1 − Σ item variances / variance of the sum); NaN when it is undefined (k < 2, n < 2, or a sum without variance). */
  alpha: number;
}

/** The sample variance (n − 1) of `xs`. */
function variance(xs: readonly number[]): number {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1);
}

/**
 * Cronbach's α of scale rows `items` (reverse-scored rows reversed), over the
 * responses that scored all of them (listwise deletion: one unanswered or
 * 不适用 row leaves a response out), with sample variances (n − 1).
 */
export function cronbachAlpha(dataset: Dataset, items: readonly ScaleItem[]): CronbachAlpha {
  const scores = items.map((it) => scaleScores(dataset, it.question, it.row));
  const complete: number[] = [];
  for (let k = 0; k < dataset.size; k++) if (scores.every((s) => !Number.isNaN(s[k]!))) complete.push(k);
  const k = items.length;
  if (k < 2 || complete.length < 2) return { items: k, n: complete.length, alpha: NaN };
  const itemVariances = scores.map((s) => variance(complete.map((r) => s[r]!)));
  const total = variance(complete.map((r) => scores.reduce((sum, s) => sum + s[r]!, 0)));
  return { items: k, n: complete.length, alpha: total === 0 ? NaN : (k / (k - 1)) * (1 - itemVariances.reduce((a, b) => a + b, 0) / total) };
}
