/**
 * `count / total` as the report prints a percentage: rounded half up to two
 * decimals on the exact fraction (1 in 3 is `33.33%`, 1 in 32 is `3.13%`), except exactly `100%` and `0%`.
 * Integer arithmetic keeps the rounding exact where floating point would not.
 */
export function formatPercent(count: number, total: number): string {
  if (total <= 0) throw new Error('percentage of an empty total');
  if (count === 0) return '0%';
  if (count === total) return '100%';
  const hundredths = Math.floor((2 * count * 10000 + total) / (2 * total));
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}%`;
}
