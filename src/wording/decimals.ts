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
