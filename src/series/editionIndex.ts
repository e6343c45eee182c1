import { nearestValues } from '../props/nearest.ts';
import type { Series } from './series.ts';

/** The position of edition `id` in `series` (the latest when no id is given), or why there is none, with the nearest id. */
export function editionIndex(series: Series, id: string | undefined): number | string {
  if (id === undefined) return series.editions.length - 1;
  const i = series.editions.findIndex((e) => e.id === id);
  if (i >= 0) return i;
  const ids = series.editions.map((e) => e.id);
  const [near] = nearestValues(id, ids, 1);
  return `REPORT_EDITION=${id}：系列中没有这一版；各版为${ids.map((e) => `「${e}」`).join('、')}${near ? `；是否是「${near}」？` : ''}`;
}
