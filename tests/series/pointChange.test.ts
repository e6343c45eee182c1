/** The printed change in hundredths of a point: exact fractions, rounded half away from zero. */
import { describe, expect, it } from 'vitest';
import { pointChangeHundredths } from '../../src/series/pointChange.ts';

const change = (c1: number, n1: number, c2: number, n2: number) => pointChangeHundredths({ count: c1, n: n1 }, { count: c2, n: n2 });

describe('pointChangeHundredths', () => {
  it('is the difference of the shares in hundredths of a point', () => {
    expect(change(10, 100, 13, 100)).toBe(300);
    // docs/data-contract.md §10: 26/60 → 60/72 is 43.33% → 83.33%, 40.00 points.
    expect(change(26, 60, 60, 72)).toBe(4000);
    expect(change(7, 7, 0, 3)).toBe(-10000);
    expect(change(3, 9, 3, 9)).toBe(0);
  });

  it('rounds on the exact fraction, not on the rounded percentages', () => {
    // 1/3 → 2/3: 33.333… points, although the printed shares 33.33% and 66.67% differ by 33.34.
    expect(change(1, 3, 2, 3)).toBe(3333);
    // 1/6 → 1/3: 16.666… points; the printed shares 16.67% and 33.33% differ by 16.66.
    expect(change(1, 6, 1, 3)).toBe(1667);
    // 1/8 → 1/7: 1/56 = 1.7857… points.
    expect(change(1, 8, 1, 7)).toBe(179);
  });

  it('rounds an exact half away from zero, up and down alike', () => {
    // 1/32 = 3.125%: 312.5 hundredths.
    expect(change(0, 32, 1, 32)).toBe(313);
    expect(change(1, 32, 0, 32)).toBe(-313);
    // 3/64 = 4.6875%: 468.75 → 469; 1/64 = 1.5625%: 156.25 → 156.
    expect(change(0, 64, 3, 64)).toBe(469);
    expect(change(3, 64, 0, 64)).toBe(-469);
    expect(change(1, 64, 0, 64)).toBe(-156);
  });
});
