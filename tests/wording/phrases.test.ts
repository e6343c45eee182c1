import { describe, expect, it } from 'vitest';
import { correlationPhrase, halfPhrase, moreThanPercentTens, moreThanTenths, shareWords } from '../../src/wording/phrases.ts';

describe('loose share phrases', () => {
  it('超过N0%, rounded down, exact tens stated as such', () => {
    expect(moreThanPercentTens(91 / 122)).toBe('超过70%');
    expect(moreThanPercentTens(0.7)).toBe('70%');
    expect(moreThanPercentTens(0.05)).toBe('不足10%');
  });
  it('超N成', () => {
    expect(moreThanTenths(112 / 122)).toBe('超九成');
    expect(moreThanTenths(0.9)).toBe('九成');
    expect(moreThanTenths(0.55)).toBe('超五成');
    expect(moreThanTenths(1)).toBe('全部');
  });
  it('半数', () => {
    expect(halfPhrase(62 / 122)).toBe('半数以上');
    expect(halfPhrase(0.5)).toBe('半数');
    expect(halfPhrase(60 / 122)).toBe('不足半数');
  });
  it('the strength of the pairwise correlations, by the weakest pair', () => {
    expect(correlationPhrase([0.79, 0.73, 0.75])).toBe('都存在较强的正相关关系');
    expect(correlationPhrase([0.79, 0.5, 0.75])).toBe('都存在中等程度的正相关关系');
    expect(correlationPhrase([0.2, 0.5, 0.75])).toBe('都存在较弱的正相关关系');
    expect(correlationPhrase([-0.1, 0.5, 0.75])).toBe('并不都存在正相关关系');
    expect(correlationPhrase([0.18])).toBe('存在较弱的正相关关系');
    expect(correlationPhrase([-0.3])).toBe('不存在正相关关系');
  });
});

describe('shareWords', () => {
  it('words a share as the format asks, or gives the exact percent', () => {
    expect(shareWords(111 / 122, '90.98%', '成')).toBe('超九成');
    expect(shareWords(91 / 122, '74.59%', '超过')).toBe('超过70%');
    expect(shareWords(62 / 122, '50.82%', '半数')).toBe('半数以上');
    expect(shareWords(44 / 122, '36.07%')).toBe('36.07%');
  });
});
