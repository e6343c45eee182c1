import { describe, expect, it } from 'vitest';
import { checkAbove } from '../../src/claims/above.ts';
import { fakeData } from './fakeData.ts';

const data = fakeData({ total: 100, options: { 6: { 甲: 90, 乙: 60, 丙: 60, 丁: 30 } } });

describe('<Above>: options in higher are chosen more often than every option in lower', () => {
  it('holds when every higher option is strictly above every lower one', () => {
    expect(checkAbove({ question: 6, higher: ['甲', '乙'], lower: ['丁'] }, data)).toEqual({
      questions: [6],
      holds: true,
      now: '第 6 题：甲（90）、乙（60）均高于丁（30）',
    });
  });

  it('fails on a tie or an inversion, naming each pair that does not hold', () => {
    expect(checkAbove({ question: 6, higher: ['乙', '丁'], lower: ['丙'] }, data)).toEqual({
      questions: [6],
      holds: false,
      now: '第 6 题：丙（60）不低于乙（60）；丙（60）不低于丁（30）',
    });
  });

  it('rejects an option written on both sides', () => {
    expect(() => checkAbove({ question: 6, higher: ['甲'], lower: ['甲'] }, data)).toThrow('<Above>：选项「甲」同时写在 higher 和 lower 中');
  });
});
