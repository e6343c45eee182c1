/** A question's trend as rows of printed cells: one shape for the page and the CSV download. */
import { formatPercent } from '../survey/analysis/formatPercent.ts';
import type { GridTable } from '../publish/figureTables.ts';
import { arrowPoints, signedFractionPoints } from './changeWords.ts';
import { trendChange, type QuestionTrend } from './trend.ts';

/** The mark of a change whose 95% interval leaves out 0. */
export const beyondNoiseMark = '＊';

/** Per option: its share (and count) in each edition, "—" where it did not exist; then the change from the previous edition in points and its 95% interval. */
export function trendGrid(trend: QuestionTrend): GridTable {
  const last = trend.editions.length - 1;
  return {
    columns: [...trend.editions.map((e) => `${e.label}（第 ${e.question} 题）`), '变化（百分点）', '95% 置信区间'],
    rows: trend.rows.map((row) => {
      const change = last > 0 ? trendChange(row, last - 1, last) : null;
      return {
        heading: row.text,
        cells: [
          ...row.cells.map((c) => (c === null ? '—' : c.n === 0 ? '—' : `${formatPercent(c.count, c.n)}（${c.count}）`)),
          change ? `${arrowPoints(change.hundredths)}${change.beyondNoise ? beyondNoiseMark : ''}` : '—',
          change ? `${signedFractionPoints(change.lower)} 至 ${signedFractionPoints(change.upper)}` : '—',
        ],
      };
    }),
  };
}
