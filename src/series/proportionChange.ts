import { wilsonInterval } from './wilsonInterval.ts';

/** A change between two independent proportions: its size, its 95% interval, and whether the interval leaves out 0. */
export interface ProportionChange {
  /** after − before, as a fraction. */
  difference: number;
  lower: number;
  upper: number;
  beyondNoise: boolean;
}

/**
 * The change from `before.count / before.n` to `after.count / after.n` with
 * Newcombe's hybrid score interval for a difference of two independent
 * proportions (Newcombe 1998, method 10): each proportion's Wilson interval,
 * combined. Unlike the Wald interval it stays inside [−1, 1] and keeps its
 * coverage near 0% and 100%, where many of a survey's options sit.
 */
export function proportionChange(before: { count: number; n: number }, after: { count: number; n: number }): ProportionChange {
  const p1 = before.count / before.n;
  const p2 = after.count / after.n;
  const [l1, u1] = wilsonInterval(before.count, before.n);
  const [l2, u2] = wilsonInterval(after.count, after.n);
  const difference = p2 - p1;
  const lower = difference - Math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2);
  const upper = difference + Math.sqrt((u2 - p2) ** 2 + (p1 - l1) ** 2);
  return { difference, lower, upper, beyondNoise: lower > 0 || upper < 0 };
}
