import type { Dataset } from '../types.ts';
import { rankByPosition } from './rankByPosition.ts';

/**
 * 问卷星's 平均综合得分 of each option of ranking question `n`, in
 * questionnaire order: Σ (respondents putting it at position p × weight of p)
 * ÷ respondents who answered the question, where with m options the weight of
 * position p is m − p + 1 (first m, last 1). Higher is better; an option a
 * respondent left unranked adds 0. NaN for each when nobody answered.
 */
export function rankingAverageScore(dataset: Dataset, n: number): number[] {
  const t = rankByPosition(dataset, n);
  const m = t.options.length;
  if (t.respondents === 0) return t.options.map(() => NaN);
  return t.counts.map((byPosition) => byPosition.reduce((sum, count, p) => sum + count * (m - p), 0) / t.respondents);
}
