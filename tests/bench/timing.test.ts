import { describe, expect, it } from 'vitest';
import { formatRatio, median, ratio, table } from '../../bench/timing.ts';

describe('bench timing helpers', () => {
  it('takes the median of odd and even lists without reordering the input', () => {
    const xs = [5, 1, 3];
    expect(median(xs)).toBe(3);
    expect(xs).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('gives a ratio only against a positive reference', () => {
    expect(ratio(300, 120)).toBe(2.5);
    expect(formatRatio(ratio(300, 120))).toBe('2.50×');
    expect(ratio(1, 0)).toBeNaN();
    expect(formatRatio(ratio(1, 0))).toBe('—');
  });

  it('pads a table, full-width characters counting double', () => {
    expect(table([['列', 'ms'], ['ab', '7']]).split('\n')).toEqual(['列  ms', '--  --', 'ab   7']);
  });
});
