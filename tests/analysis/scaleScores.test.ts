import { describe, expect, it } from 'vitest';
import { scaleScores } from '../../src/survey/analysis/scaleScores.ts';
import { SATISFACTION, smallDataset, smallQuestionnaire } from '../helpers/smallSurvey.ts';

const qn = smallQuestionnaire([
  { number: 1, type: 'matrixScale', text: '请评价', required: false, notApplicable: '不适用', points: SATISFACTION, rows: [{ text: '服务' }, { text: '排队时间长', reverse: true }] },
]);
// Rows 服务 and 排队时间长 (reverse) of four responses.
const d = smallDataset(qn, ['1(服务)', '1(排队时间长)'], [
  ['满意', '满意'],
  ['5', '非常不满意'],
  ['不适用', '一般'],
  ['', '2'],
]);

describe('scaleScores', () => {
  it('gives each response the chosen point’s score, NaN for 不适用 and unanswered', () => {
    expect(Array.from(scaleScores(d, 1, 0))).toEqual([4, 5, NaN, NaN]);
  });

  it('reverses a reverse-scored row: highest + lowest − score = 6 − score', () => {
    // 满意 4 → 2, 非常不满意 1 → 5, 一般 3 → 3, “2” → 4
    expect(Array.from(scaleScores(d, 1, 1))).toEqual([2, 5, 3, 4]);
  });

  it('throws for a row the question does not have', () => {
    expect(() => scaleScores(d, 1, 2)).toThrow('第 1 题没有第 3 行');
  });
});
