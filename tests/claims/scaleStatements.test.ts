/** Statements about scales and rankings: a row's mean, the order of rows, a top-2-box share, the first by 平均综合得分. */
import { describe, expect, it } from 'vitest';
import { checkRankedFirst } from '../../src/claims/rankedFirst.ts';
import { checkScaleMean } from '../../src/claims/scaleMean.ts';
import { checkScaleOrder } from '../../src/claims/scaleOrder.ts';
import { checkTopBox } from '../../src/claims/topBox.ts';
import { fakeData } from './fakeData.ts';

const data = fakeData({
  total: 50,
  scales: {
    2: [{ text: '总体满意度', mean: 3.8, n: 50, topBox: 32 }],
    3: [
      { text: '服务态度', mean: 4.12, n: 50, topBox: 40 },
      { text: '开放时间', mean: 3.5, n: 48, topBox: 24 },
      { text: '网络', mean: 3.5, n: 50, topBox: 20 },
    ],
  },
  rankings: { 7: { 座位数量: 3.72, 网络: 3.15, 开放时间: 3.72 }, 8: { 座位: 4.1, 网络: 2.2 } },
});

describe('<ScaleMean>', () => {
  it('holds when the row mean is at least the bound, saying the mean and its n', () => {
    expect(checkScaleMean({ question: 3, row: '服务态度', atLeast: 4 }, data)).toEqual({ questions: [3], holds: true, now: '第 3 题「服务态度」均值 4.12（50 份有分值的回答），不低于所写的 4' });
  });
  it('fails above an upper bound; a scale question needs no row', () => {
    expect(checkScaleMean({ question: 2, atMost: 3.5 }, data)).toEqual({ questions: [2], holds: false, now: '第 2 题「总体满意度」均值 3.80（50 份有分值的回答），高于所写的 3.5' });
  });
  it('names the nearest row of a typo, and refuses a question that is not a scale', () => {
    expect(() => checkScaleMean({ question: 3, row: '服务太度', atLeast: 4 }, data)).toThrow('第 3 题没有行「服务太度」（按问卷原文书写）；是否是「服务态度」？');
    expect(() => checkScaleMean({ question: 7, row: '网络', atLeast: 4 }, data)).toThrow('第 7 题不是量表题');
    expect(() => checkScaleMean({ question: 3, row: '网络' }, data)).toThrow('请写 atLeast={均值} 或 atMost={均值} 中的一个');
  });
});

describe('<ScaleOrder>', () => {
  it('holds when the means fall in the order named', () => {
    expect(checkScaleOrder({ question: 3, rows: ['服务态度', '开放时间'] }, data)).toEqual({ questions: [3], holds: true, now: '第 3 题按均值：服务态度 4.12 > 开放时间 3.50' });
  });
  it('fails out of order, and on equal means (the order is not shown)', () => {
    expect(checkScaleOrder({ question: 3, rows: ['开放时间', '服务态度'] }, data).holds).toBe(false);
    expect(checkScaleOrder({ question: 3, rows: ['开放时间', '网络'] }, data).holds).toBe(false);
  });
});

describe('<TopBox>', () => {
  it('compares the top-2-box share of the row with the bound, unrounded', () => {
    expect(checkTopBox({ question: 3, row: '服务态度', atLeast: 80 }, data)).toEqual({ questions: [3], holds: true, now: '第 3 题「服务态度」前两项占比 80.00%（不低于 80%）' });
    expect(checkTopBox({ question: 3, row: '开放时间', atLeast: 50.1 }, data)).toEqual({ questions: [3], holds: false, now: '第 3 题「开放时间」前两项占比 50.00%（低于所写的 50.1%）' });
  });
});

describe('<RankedFirst>', () => {
  it('holds for the option alone at the top of 平均综合得分', () => {
    expect(checkRankedFirst({ question: 8, option: '座位' }, data)).toEqual({ questions: [8], holds: true, now: '第 8 题平均综合得分前三位：座位 4.10、网络 2.20' });
  });
  it('fails for another option, and for a tie at the top', () => {
    expect(checkRankedFirst({ question: 8, option: '网络' }, data).holds).toBe(false);
    expect(checkRankedFirst({ question: 7, option: '座位数量' }, data).holds).toBe(false);
  });
  it('names the nearest option of a typo', () => {
    expect(() => checkRankedFirst({ question: 8, option: '座椅' }, data)).toThrow(/第 8 题没有选项「座椅」（按问卷原文书写）；是否是「座位」？/);
  });
});
