/** The composite indices across editions as rows of printed cells: one shape for the page and the CSV download. */
import type { GridTable } from '../publish/figureTables.ts';
import { arrowPoints, signedDecimals } from './changeWords.ts';
import type { IndexTrend } from './indexTrend.ts';
import { beyondNoiseMark } from './trendGrid.ts';

/** Per index: its mean (and the responses it is over) in each edition, "—" where it is not compared; then the change from the previous edition and its 95% interval. */
export function indexTrendGrid(trends: readonly IndexTrend[], editions: readonly string[]): GridTable {
  return {
    columns: [...editions.map((e) => `${e}均值（份数）`), '变化', '95% 置信区间'],
    rows: trends.map((t) => ({
      heading: t.name,
      cells: [
        ...t.means.map((m) => (m ? `${m.mean.toFixed(2)}（${m.n}）` : '—')),
        t.change ? `${arrowPoints(Math.round(t.change.difference * 100))}${t.change.beyondNoise ? beyondNoiseMark : ''}` : '—',
        t.change ? `${signedDecimals(t.change.lower)} 至 ${signedDecimals(t.change.upper)}` : '—',
      ],
    })),
  };
}
