/** How means, scores and shares of a possibly empty base print in tables, charts and statement checks. */
import { formatPercent } from '../survey/analysis/formatPercent.ts';

/** A mean, SD or score: two decimals; `—` where it is undefined (nobody answered). */
export function twoDecimals(x: number): string {
  return Number.isFinite(x) ? x.toFixed(2) : '—';
}

/** `count / total` as the report prints a percentage; `—` when nobody is in the base. */
export function percentOrDash(count: number, total: number): string {
  return total === 0 ? '—' : formatPercent(count, total);
}

/** A difference of two shares of one base, `(a − b) / total`, as points with the percentages' rounding and a minus sign: `−38.13`, `12.50`, `0`; `—` when nobody is in the base. */
export function pointsOrDash(a: number, b: number, total: number): string {
  if (total === 0) return '—';
  return `${a < b ? '−' : ''}${formatPercent(Math.abs(a - b), total).replace('%', '')}`;
}
