import { scaleQuestion, scaleRows } from '../questionnaire.ts';
import type { Dataset } from '../types.ts';

/**
 * Each response's score on row `row` (0-based; a scale's one row is 0) of
 * scale question `n`: the chosen point's stated score, reversed
 * (highest + lowest − score) on a reverse-scored row; NaN where the row was
 * not answered or answered 不适用.
 */
export function scaleScores(dataset: Pick<Dataset, 'questionnaire' | 'answers' | 'size'>, n: number, row: number): Float64Array {
  const q = scaleQuestion(dataset.questionnaire, n);
  const column = dataset.answers[n];
  if (column?.type !== 'scale' || row < 0 || row >= column.rows) throw new Error(`第 ${n} 题没有第 ${row + 1} 行`);
  const scores = q.points.map((p) => p.score);
  const [low, high] = [Math.min(...scores), Math.max(...scores)];
  const reverse = scaleRows(q)[row]!.reverse === true;
  const out = new Float64Array(dataset.size);
  for (let k = 0; k < dataset.size; k++) {
    const point = column.points[k * column.rows + row]!;
    out[k] = point < 0 ? NaN : reverse ? high + low - scores[point]! : scores[point]!;
  }
  return out;
}
