/** The change of a mean with its Welch normal interval, against values worked out by hand (z = 1.959964). */
import { describe, expect, it } from 'vitest';
import { meanChange } from '../../src/series/meanChange.ts';

describe('meanChange', () => {
  it('1, 2, 3 → 2, 4, 6: +2 with se √(1/3 + 4/3) = 1.290994, within noise', () => {
    const c = meanChange([1, 2, 3], [2, 4, 6])!;
    expect(c.before).toBe(2);
    expect(c.after).toBe(4);
    expect(c.difference).toBe(2);
    expect(c.lower).toBeCloseTo(-0.530303, 6);
    expect(c.upper).toBeCloseTo(4.530303, 6);
    expect(c.beyondNoise).toBe(false);
  });

  it('1, 1, 2, 2 → 5, 5, 6, 6: +4 with se √(1/6) = 0.408248, beyond noise', () => {
    const c = meanChange([1, 1, 2, 2], [5, 5, 6, 6])!;
    expect(c.difference).toBe(4);
    expect(c.lower).toBeCloseTo(3.199848, 6);
    expect(c.upper).toBeCloseTo(4.800152, 6);
    expect(c.beyondNoise).toBe(true);
  });

  it('a sample with no spread adds nothing to the standard error', () => {
    const c = meanChange([5, 5], [2, 4, 6])!;
    expect(c.difference).toBe(-1);
    expect(c.lower).toBeCloseTo(-3.263171, 6);
    expect(c.upper).toBeCloseTo(1.263171, 6);
  });

  it('is null when either sample has fewer than two values', () => {
    expect(meanChange([1], [1, 2])).toBeNull();
    expect(meanChange([1, 2], [])).toBeNull();
  });
});
