import type { Dataset } from '../types.ts';
import { scaleScores } from './scaleScores.ts';

/** The three groups of a 0–10 recommendation question and the score they make. */
export interface NetPromoterScore {
  /** Answered 9 or 10. */
  promoters: number;
  /** Answered 7 or 8. */
  passives: number;
  /** Answered 0 to 6. */
  detractors: number;
  /** Responses that scored the question. */
  n: number;
  /** Promoters' share minus detractors' share, in points (−100 to 100); NaN with no response. */
  score: number;
}

/**
 * The Net Promoter Score of 0–10 scale question `n` (Reichheld 2003): of the
 * responses that scored it, the percentage giving 9–10 (promoters) minus the
 * percentage giving 0–6 (detractors); 7–8 (passives) count only in the base.
 */
export function netPromoterScore(dataset: Dataset, n: number): NetPromoterScore {
  const scores = scaleScores(dataset, n, 0).filter((s) => !Number.isNaN(s));
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return { promoters, passives: scores.length - promoters - detractors, detractors, n: scores.length, score: scores.length === 0 ? NaN : ((promoters - detractors) / scores.length) * 100 };
}
