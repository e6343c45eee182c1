import { scaleQuestion, scaleRows } from '../questionnaire.ts';
import type { Dataset } from '../types.ts';
import { scaleScores } from './scaleScores.ts';

/**
 * The top-`boxes` share (top-2-box by default) of row `row` of scale question
 * `n`: of the responses that scored the row (不适用 and unanswered excluded),
 * the share that chose one of the `boxes` points scoring highest on the row
 * (on a reverse-scored row, the points with the lowest stated scores).
 */
export function topBoxShare(dataset: Dataset, n: number, row: number, boxes = 2): { count: number; n: number; share: number } {
  const q = scaleQuestion(dataset.questionnaire, n);
  const stated = q.points.map((p) => p.score);
  const [low, high] = [Math.min(...stated), Math.max(...stated)];
  // The same arithmetic as scaleScores, so a score and its point's compare equal.
  const onRow = scaleRows(q)[row]!.reverse === true ? stated.map((s) => high + low - s) : stated;
  const top = new Set([...onRow].sort((a, b) => b - a).slice(0, boxes));
  const scores = scaleScores(dataset, n, row).filter((s) => !Number.isNaN(s));
  const count = scores.filter((s) => top.has(s)).length;
  return { count, n: scores.length, share: scores.length === 0 ? 0 : count / scores.length };
}
