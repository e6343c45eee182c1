import { describe, expect, it } from 'vitest';
import { checkBottom } from '../../src/claims/bottom.ts';
import { fakeData } from './fakeData.ts';

const data = fakeData({ total: 100, options: { 6: { 甲: 90, 乙: 60, 丙: 40, 丁: 30, 戊: 30, 己: 10 } } });

describe('<Bottom>: the named options are among the least chosen', () => {
  it('holds for the least chosen and for options among the bottom k', () => {
    expect(checkBottom({ question: 6, options: ['己'] }, data)).toEqual({ questions: [6], holds: true, now: '第 6 题选择最少的现为：己（10）' });
    expect(checkBottom({ question: 6, options: ['丙'], k: 4 }, data)).toMatchObject({ holds: true, now: '第 6 题后四位现为：己（10）、丁（30）、戊（30）、丙（40）' });
  });

  it('fails when a named option is above the bottom k, saying where it stands', () => {
    expect(checkBottom({ question: 6, options: ['乙'], k: 3 }, data)).toEqual({
      questions: [6],
      holds: false,
      now: '第 6 题后三位现为：己（10）、丁（30）、戊（30）；乙现为倒数第 5 位',
    });
  });

  it('a tie across the k-th place from the bottom does not hold', () => {
    expect(checkBottom({ question: 6, options: ['丁'], k: 2 }, data)).toMatchObject({
      holds: false,
      now: '第 6 题后二位现为：己（10）、丁（30）、戊（30）（第 2 位与第 3 位并列）；丁现为并列倒数第 2 位',
    });
    expect(checkBottom({ question: 6, options: ['丁', '戊'], k: 3 }, data).holds).toBe(true);
  });
});
