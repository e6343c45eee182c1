/** The Wilson score interval against the published examples of Newcombe (1998), “Two-sided confidence intervals for the single proportion”, Table I (method 3). */
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/series/wilsonInterval.ts';

describe('wilsonInterval', () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [1, 29, 0.0061, 0.1718],
  ])('%i/%i → %f to %f', (count, n, lower, upper) => {
    const [l, u] = wilsonInterval(count, n);
    expect(l).toBeCloseTo(lower, 4);
    expect(u).toBeCloseTo(upper, 4);
  });

  it('stays inside [0, 1] at 0% and 100%, where it is one-sided', () => {
    const [l0, u0] = wilsonInterval(0, 20);
    expect(l0).toBe(0);
    expect(u0).toBeCloseTo(0.1611, 4);
    const [l1, u1] = wilsonInterval(29, 29);
    expect(l1).toBeCloseTo(0.883, 4);
    expect(u1).toBe(1);
  });

  it('is the whole range for an empty base', () => {
    expect(wilsonInterval(0, 0)).toEqual([0, 1]);
  });
});
