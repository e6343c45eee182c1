import { mean, sampleVariance } from 'simple-statistics';

/** A change between the means of two independent samples: both means, the difference, its 95% interval, and whether it leaves out 0. */
export interface MeanChange {
  before: number;
  after: number;
  difference: number;
  lower: number;
  upper: number;
  beyondNoise: boolean;
}

/**
 * The change from the mean of `before` to the mean of `after`, with the
 * normal-approximation interval of a difference of means with unequal
 * variances (Welch's standard error, z = 1.96): d ± 1.96·√(s₁²/n₁ + s₂²/n₂).
 * Null when either sample has fewer than two values.
 */
export function meanChange(before: readonly number[], after: readonly number[]): MeanChange | null {
  if (before.length < 2 || after.length < 2) return null;
  const m1 = mean(before as number[]);
  const m2 = mean(after as number[]);
  const se = Math.sqrt(sampleVariance(before as number[]) / before.length + sampleVariance(after as number[]) / after.length);
  const difference = m2 - m1;
  const lower = difference - 1.959963984540054 * se;
  const upper = difference + 1.959963984540054 * se;
  return { before: m1, after: m2, difference, lower, upper, beyondNoise: lower > 0 || upper < 0 };
}
