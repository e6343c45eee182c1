import { describe, expect, it } from 'vitest';
import { checkShare } from '../../src/claims/share.ts';
import { checkBreadth } from '../../src/claims/breadth.ts';
import { fakeData } from './fakeData.ts';

const data = fakeData({ total: 122, options: { 9: { 甲: 121, 乙: 116, 丙: 115, 无: 1 } }, breadth: { '19:5': 61 } });

describe('<Share options>: each named option’s share against a bound the editor writes', () => {
  it('atLeast holds at and above the bound, compared without rounding', () => {
    // 116 / 122 = 95.08 %; 115 / 122 = 94.26 %.
    expect(checkShare({ question: 9, options: ['甲', '乙'], atLeast: 95 }, data)).toEqual({
      questions: [9],
      holds: true,
      now: '第 9 题：甲 99.18%、乙 95.08%（均不低于 95%）',
    });
    expect(checkShare({ question: 9, options: ['甲', '乙', '丙'], atLeast: 95 }, data)).toEqual({
      questions: [9],
      holds: false,
      now: '第 9 题：丙 94.26%，低于所写的 95%',
    });
  });

  it('atMost holds at and below the bound', () => {
    expect(checkShare({ question: 9, options: ['无'], atMost: 5 }, data)).toMatchObject({ holds: true, now: '第 9 题：无 0.82%（不高于 5%）' });
    expect(checkShare({ question: 9, options: ['丙'], atMost: 90 }, data)).toMatchObject({ holds: false, now: '第 9 题：丙 94.26%，高于所写的 90%' });
  });

  it('needs exactly one bound, in percent', () => {
    expect(() => checkShare({ question: 9, options: ['甲'] }, data)).toThrow('<Share>：请写 atLeast={百分数} 或 atMost={百分数} 中的一个');
    expect(() => checkShare({ question: 9, options: ['甲'], atLeast: 90, atMost: 99 }, data)).toThrow('中的一个');
    expect(() => checkShare({ question: 9, options: ['甲'], atLeast: 0.9e3 }, data)).toThrow('atLeast 应为 0 到 100 之间的数，写的是 900');
  });
});

describe('<Share picks>: the share of libraries choosing at least n options', () => {
  it('holds exactly at the bound (61 of 122 is 50 %), fails above it', () => {
    expect(checkBreadth({ question: 19, picks: 5, atLeast: 50 }, data)).toEqual({
      questions: [19],
      holds: true,
      now: '第 19 题：至少选择 5 项的答卷占 50.00%（61 份），不低于 50%',
    });
    expect(checkBreadth({ question: 19, picks: 5, atLeast: 51 }, data)).toMatchObject({ holds: false, now: '第 19 题：至少选择 5 项的答卷占 50.00%（61 份），低于所写的 51%' });
    expect(checkBreadth({ question: 19, picks: 5, atMost: 40 }, data).holds).toBe(false);
  });
});
