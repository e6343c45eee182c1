import { describe, expect, it } from 'vitest';
import { percentOrDash, pointsOrDash, twoDecimals } from '../../src/wording/decimals.ts';

describe('decimals', () => {
  it('twoDecimals: two decimals, — where undefined', () => {
    expect(twoDecimals(3.456)).toBe('3.46');
    expect(twoDecimals(NaN)).toBe('—');
  });
  it('percentOrDash: the report’s percentage, — for an empty base', () => {
    expect(percentOrDash(1, 3)).toBe('33.33%');
    expect(percentOrDash(0, 0)).toBe('—');
  });
  it('pointsOrDash: (a − b) / total in points with the percentage rounding, a minus sign below 0', () => {
    expect(pointsOrDash(50, 81, 200)).toBe('−15.50');
    expect(pointsOrDash(13, 74, 160)).toBe('−38.13');
    expect(pointsOrDash(3, 1, 8)).toBe('25.00');
    expect(pointsOrDash(2, 2, 8)).toBe('0');
    expect(pointsOrDash(0, 4, 4)).toBe('−100');
    expect(pointsOrDash(0, 0, 0)).toBe('—');
  });
});
