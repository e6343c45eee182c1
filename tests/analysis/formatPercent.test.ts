import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/survey/analysis/formatPercent.ts';

describe('formatPercent', () => {
  it('rounds half up to two decimals on the exact fraction', () => {
    expect(formatPercent(89, 122)).toBe('72.95%');
    expect(formatPercent(1, 122)).toBe('0.82%');
    expect(formatPercent(61, 122)).toBe('50.00%');
    // 1/8 = 12.5% exactly, 1/16 = 6.25%, 1/32 = 3.125% → half up gives 3.13 (binary floating point would give 3.12)
    expect(formatPercent(1, 32)).toBe('3.13%');
    expect(formatPercent(1, 3)).toBe('33.33%');
    expect(formatPercent(2, 3)).toBe('66.67%');
  });
  it('prints exactly all and none without decimals', () => {
    expect(formatPercent(122, 122)).toBe('100%');
    expect(formatPercent(0, 122)).toBe('0%');
  });
  it('keeps two decimals when a share rounds to 100.00 or 0.00 without being exact', () => {
    expect(formatPercent(99999, 100000)).toBe('100.00%');
    expect(formatPercent(1, 100000)).toBe('0.00%');
  });
});
