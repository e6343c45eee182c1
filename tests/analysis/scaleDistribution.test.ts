import { describe, expect, it } from 'vitest';
import { scaleDistribution } from '../../src/survey/analysis/scaleDistribution.ts';
import { SATISFACTION, smallDataset, smallQuestionnaire } from '../helpers/smallSurvey.ts';

const qn = smallQuestionnaire([
  { number: 1, type: 'matrixScale', text: '请评价', required: false, notApplicable: '不适用', points: SATISFACTION, rows: [{ text: '服务' }, { text: '排队时间长', reverse: true }] },
]);
// Five responses; the fifth left 服务 empty.
const d = smallDataset(qn, ['1(服务)', '1(排队时间长)'], [
  ['满意', '满意'],
  ['满意', '非常不满意'],
  ['非常满意', '不适用'],
  ['不适用', '不适用'],
  ['', '一般'],
]);

describe('scaleDistribution', () => {
  it('counts each point and 不适用 apart, shares of the row’s answers (不适用 included, empty cells not)', () => {
    const t = scaleDistribution(d, 1, 0);
    // Answered: 满意, 满意, 非常满意, 不适用 = 4; 满意 2/4, 非常满意 1/4, 不适用 1/4.
    expect(t.answered).toBe(4);
    expect(t.points.map((p) => [p.label, p.score, p.count, p.share])).toEqual([
      ['非常不满意', 1, 0, 0],
      ['不满意', 2, 0, 0],
      ['一般', 3, 0, 0],
      ['满意', 4, 2, 0.5],
      ['非常满意', 5, 1, 0.25],
    ]);
    expect(t.notApplicable).toEqual({ label: '不适用', count: 1, share: 0.25 });
  });

  it('counts the points as chosen on a reverse-scored row (the reversal is in the scores, not the counts)', () => {
    const t = scaleDistribution(d, 1, 1);
    // 满意, 非常不满意, 一般 and two 不适用: 5 answers.
    expect(t.answered).toBe(5);
    expect(t.points.map((p) => p.count)).toEqual([1, 0, 1, 1, 0]);
    expect(t.notApplicable).toEqual({ label: '不适用', count: 2, share: 0.4 });
  });

  it('has no 不适用 entry for a question without one', () => {
    const plain = smallQuestionnaire([{ number: 1, type: 'scale', text: '满意吗', required: true, points: SATISFACTION }]);
    const t = scaleDistribution(smallDataset(plain, ['1、满意吗'], [['一般'], ['一般'], ['满意']]), 1, 0);
    // 一般 2/3, 满意 1/3
    expect(t.points.map((p) => p.count)).toEqual([0, 0, 2, 1, 0]);
    expect(t.points[2]!.share).toBeCloseTo(2 / 3, 12);
    expect(t.notApplicable).toBeNull();
  });
});
