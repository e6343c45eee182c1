/**
 * The change from `before.count / before.n` to `after.count / after.n` in
 * hundredths of a percentage point, rounded half away from zero on the exact
 * fractions (integer arithmetic): 10/100 → 13/100 is 300 (3.00 个百分点).
 */
export function pointChangeHundredths(before: { count: number; n: number }, after: { count: number; n: number }): number {
  const numerator = 10000 * (after.count * before.n - before.count * after.n);
  const denominator = before.n * after.n;
  const magnitude = Math.floor((2 * Math.abs(numerator) + denominator) / (2 * denominator));
  return numerator < 0 ? -magnitude : magnitude;
}
