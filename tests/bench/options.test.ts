import { describe, expect, it } from 'vitest';
import { numberList, positiveOption, wordList } from '../../bench/options.ts';

describe('bench options', () => {
  const argv = ['--only', 'dev,check-data', '--runs', '2', '--dev-sizes', '122,10_000', '--only', 'pdf', '--rows', 'x'];

  it('reads comma lists, repeated or not', () => {
    expect(wordList(argv, 'only')).toEqual(['dev', 'check-data', 'pdf']);
    expect(wordList(argv, 'editions')).toBeUndefined();
  });

  it('reads numbers, falling back when absent or not positive', () => {
    expect(positiveOption(argv, 'runs', 5)).toBe(2);
    expect(positiveOption(argv, 'rows', 100_000)).toBe(100_000);
    expect(numberList(argv, 'dev-sizes')).toEqual([122, 10_000]);
    expect(numberList(['--editions', 'a,0'], 'editions')).toBeUndefined();
  });
});
