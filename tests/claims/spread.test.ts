import { describe, expect, it } from 'vitest';
import { checkSpread } from '../../src/claims/spread.ts';
import { fakeData } from './fakeData.ts';

const data = fakeData({
  total: 100,
  // Nine values each: the quartiles are the 3rd and 7th, whichever quantile method is used.
  counts: { '22:人数': [150, 10, 15, 20, 40, 60, 80, 100, 120], '24:活跃成员数': [40, 45, 50, 55, 60, 65, 70, 75, 80], '24:社团数': [] },
});

describe('<Spread>: the numbers typed differ widely (upper quartile ≥ ratio × lower quartile)', () => {
  it('holds when every named blank spreads at least that much', () => {
    expect(checkSpread({ questions: [22], blanks: ['人数'], ratio: 2 }, data)).toEqual({
      questions: [22],
      holds: true,
      now: '第 22 题人数：下四分位 20、上四分位 100（9 家，5.0 倍）',
    });
  });

  it('fails when one blank is too even, and when a blank has no readable number', () => {
    expect(checkSpread({ questions: [22, 24], blanks: ['人数', '活跃成员数'], ratio: 2 }, data)).toEqual({
      questions: [22, 24],
      holds: false,
      now: '第 22 题人数：下四分位 20、上四分位 100（9 家，5.0 倍）；第 24 题活跃成员数：下四分位 50、上四分位 70（9 家，1.4 倍，不足所写的 2 倍）',
    });
    expect(checkSpread({ questions: [24], blanks: ['社团数'], ratio: 2 }, data)).toMatchObject({ holds: false, now: '第 24 题社团数没有可读的数字' });
  });

  it('needs one blank per question and a ratio', () => {
    expect(() => checkSpread({ questions: [22, 24], blanks: ['人数'], ratio: 2 }, data)).toThrow('<Spread>：blanks 应与 questions 一一对应');
    expect(() => checkSpread({ questions: [22], blanks: ['人数'] }, data)).toThrow('请写 ratio={倍数}');
    expect(() => checkSpread({ questions: [22], blanks: ['人'], ratio: 2 }, data)).toThrow('<Spread>：第 22 题没有空格「人」');
  });
});

describe('<Spread> ratio', () => {
  it('must be a number of at least 1', () => {
    expect(() => checkSpread({ questions: [22], blanks: ['人数'], ratio: 0.5 }, data)).toThrow('<Spread>：ratio 应为不小于 1 的数，写的是 0.5');
  });
});
