import { describe, expect, it } from 'vitest';
import { matrixChoiceTable } from '../../src/survey/analysis/matrixChoiceTable.ts';
import { smallDataset, smallQuestionnaire } from '../helpers/smallSurvey.ts';

const rows = [{ text: '借阅' }, { text: '自习' }];

describe('matrixChoiceTable', () => {
  it('counts a matrix single choice per row, shares of that row’s answers', () => {
    const qn = smallQuestionnaire([{ number: 1, type: 'matrixSingle', text: '使用频率', required: false, rows, options: [{ text: '每周' }, { text: '每月' }, { text: '很少' }] }]);
    const d = smallDataset(qn, ['1(借阅)', '1(自习)'], [['每周', '每月'], ['每周', '(空)'], ['很少', '每月']]);
    const t = matrixChoiceTable(d, 1);
    expect(t.rows).toEqual(['借阅', '自习']);
    expect(t.options).toEqual(['每周', '每月', '很少']);
    // 借阅: 每周 2, 很少 1 of 3; 自习: 每月 2 of 2.
    expect(t.counts).toEqual([
      [2, 0, 1],
      [0, 2, 0],
    ]);
    expect(t.answered).toEqual([3, 2]);
    expect(t.shares[0]![0]).toBeCloseTo(0.6666666667, 10);
    expect(t.shares[0]![2]).toBeCloseTo(0.3333333333, 10);
    expect(t.shares[1]).toEqual([0, 1, 0]);
  });

  it('counts a matrix multiple choice per row: shares of the respondents who answered the row, adding to more than 1', () => {
    const qn = smallQuestionnaire([{ number: 1, type: 'matrixMultiple', text: '了解渠道', required: false, rows, options: [{ text: '微信' }, { text: '网站' }, { text: '海报' }] }]);
    const d = smallDataset(qn, ['1(借阅)', '1(自习)'], [['微信┋网站', '海报'], ['微信', ''], ['网站┋海报', '微信┋海报']]);
    const t = matrixChoiceTable(d, 1);
    // 借阅: 微信 2, 网站 2, 海报 1 of 3 answering; 自习: 微信 1, 海报 2 of 2.
    expect(t.counts).toEqual([
      [2, 2, 1],
      [1, 0, 2],
    ]);
    expect(t.answered).toEqual([3, 2]);
    expect(t.shares[1]).toEqual([0.5, 0, 1]);
    expect(t.shares[0]![0]).toBeCloseTo(0.6666666667, 10);
  });

  it('gives a row nobody answered shares of 0', () => {
    const qn = smallQuestionnaire([{ number: 1, type: 'matrixSingle', text: '使用频率', required: false, rows, options: [{ text: '每周' }, { text: '每月' }] }]);
    const t = matrixChoiceTable(smallDataset(qn, ['1(借阅)', '1(自习)'], [['每周', '']]), 1);
    expect(t.answered).toEqual([1, 0]);
    expect(t.shares).toEqual([
      [1, 0],
      [0, 0],
    ]);
  });
});
