/**
 * Newcombe's hybrid score interval for a difference of proportions against
 * Newcombe (1998), “Interval estimation for the difference between
 * independent proportions”, Table II, method 10. The paper's difference is
 * first − second; proportionChange's is after − before, so `after` is the
 * paper's first sample.
 */
import { describe, expect, it } from 'vitest';
import { proportionChange } from '../../src/series/proportionChange.ts';

describe('proportionChange', () => {
  it.each([
    // (a) 56/70 − 48/80 = 0.8 − 0.6
    [56, 70, 48, 80, 0.2, 0.0524, 0.3339],
    // (b)
    [9, 10, 3, 10, 0.6, 0.1705, 0.809],
    // (c)
    [6, 7, 2, 7, 4 / 7, 0.0582, 0.8062],
    // (d)
    [5, 56, 0, 29, 5 / 56, -0.0381, 0.1926],
    // (e) and (f): no one in either sample
    [0, 10, 0, 20, 0, -0.1611, 0.2775],
    [0, 10, 0, 10, 0, -0.2775, 0.2775],
    // (g) and (h): all against none
    [10, 10, 0, 20, 1, 0.6791, 1],
    [10, 10, 0, 10, 1, 0.6075, 1],
  ])('%i/%i − %i/%i', (c1, n1, c2, n2, difference, lower, upper) => {
    const c = proportionChange({ count: c2, n: n2 }, { count: c1, n: n1 });
    expect(c.difference).toBeCloseTo(difference, 10);
    expect(c.lower).toBeCloseTo(lower, 4);
    expect(c.upper).toBeCloseTo(upper, 4);
  });

  it('is beyond noise only when the interval leaves out 0, in either direction', () => {
    expect(proportionChange({ count: 48, n: 80 }, { count: 56, n: 70 }).beyondNoise).toBe(true);
    expect(proportionChange({ count: 56, n: 70 }, { count: 48, n: 80 }).beyondNoise).toBe(true);
    expect(proportionChange({ count: 0, n: 29 }, { count: 5, n: 56 }).beyondNoise).toBe(false);
  });

  it('turned around, the interval is mirrored', () => {
    const c = proportionChange({ count: 56, n: 70 }, { count: 48, n: 80 });
    expect(c.difference).toBeCloseTo(-0.2, 10);
    expect(c.lower).toBeCloseTo(-0.3339, 4);
    expect(c.upper).toBeCloseTo(-0.0524, 4);
  });
});
