import { question } from '../questionnaire.ts';
import type { Dataset } from '../types.ts';

export interface RankByPosition {
  question: number;
  /** The options' texts, in questionnaire order. */
  options: string[];
  /** How many positions a respondent fills: every option, or the first k. */
  positions: number;
  /** Responses that ranked at least one option. */
  respondents: number;
  /** `counts[i][p]`: how many respondents put option i at position p + 1. */
  counts: number[][];
}

/** How many respondents put each option of ranking question `n` at each position (options × positions). */
export function rankByPosition(dataset: Dataset, n: number): RankByPosition {
  const q = question(dataset.questionnaire, n);
  const column = dataset.answers[n];
  if (q.type !== 'ranking' || column?.type !== 'ranking') throw new Error(`第 ${n} 题不是排序题`);
  const positions = q.rankTop ?? q.options!.length;
  const counts = q.options!.map(() => new Array<number>(positions).fill(0));
  let respondents = 0;
  for (let k = 0; k < dataset.size; k++) {
    let ranked = false;
    for (let i = 0; i < column.options; i++) {
      const rank = column.ranks[k * column.options + i]!;
      if (rank === 0) continue;
      counts[i]![rank - 1]!++;
      ranked = true;
    }
    if (ranked) respondents++;
  }
  return { question: n, options: q.options!.map((o) => o.text), positions, respondents, counts };
}
