import { describe, expect, it } from 'vitest';
import { checkTopNames } from '../../src/claims/topNames.ts';
import { fakeData } from './fakeData.ts';

const data = fakeData({ total: 100, options: { 26: { 甲: 90, 乙: 80, 丙: 70, 丁: 70, 戊: 10 } } });

describe('<TopNames>: the names at some places of the ranking, computed', () => {
  it('prints the names at those places', () => {
    expect(checkTopNames({ question: 26, count: 1 }, data)).toEqual({ questions: [26], holds: true, now: '第 26 题第一位：甲（90）', words: '甲' });
    expect(checkTopNames({ question: 26, from: 2, count: 3 }, data)).toMatchObject({ holds: true, words: '乙、丙、丁', now: '第 26 题第二、三、四位：乙（80）、丙（70）、丁（70）' });
  });

  it('does not hold when a tie crosses an edge of the range: the names would be an arbitrary pick', () => {
    expect(checkTopNames({ question: 26, from: 2, count: 2 }, data)).toEqual({
      questions: [26],
      holds: false,
      now: '第 26 题第二、三位：乙（80）、丙（70）；第三位与第四位并列（70），所列名称取决于问卷顺序',
      words: '乙、丙',
    });
    expect(checkTopNames({ question: 26, from: 4, count: 1 }, data)).toMatchObject({ holds: false, now: '第 26 题第四位：丁（70）；第三位与第四位并列（70），所列名称取决于问卷顺序' });
  });

  it('rejects places beyond the options', () => {
    expect(() => checkTopNames({ question: 26, from: 5, count: 2 }, data)).toThrow('<TopNames>：第 26 题只有 5 个可排序的选项');
  });
});
