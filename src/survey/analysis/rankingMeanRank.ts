import type { Dataset } from '../types.ts';
import { rankByPosition } from './rankByPosition.ts';

/**
 * 问卷星's 综合排名 of each option of ranking question `n`, in questionnaire
 * order: Σ (position × share of respondents putting the option there), shares
 * of the respondents who answered the question. Smaller is better; an option a
 * respondent left unranked adds 0, so with rankTop it is not an average rank.
 * NaN when nobody answered.
 */
export function rankingMeanRank(dataset: Dataset, n: number): number[] {
  const t = rankByPosition(dataset, n);
  if (t.respondents === 0) return t.options.map(() => NaN);
  return t.counts.map((byPosition) => byPosition.reduce((sum, count, p) => sum + (p + 1) * (count / t.respondents), 0));
}
