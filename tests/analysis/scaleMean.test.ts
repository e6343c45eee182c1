import { describe, expect, it } from 'vitest';
import { scaleMean } from '../../src/survey/analysis/scaleMean.ts';
import { SATISFACTION, smallDataset, smallQuestionnaire } from '../helpers/smallSurvey.ts';

const qn = smallQuestionnaire([
  { number: 1, type: 'matrixScale', text: '请评价', required: false, notApplicable: '不适用', points: SATISFACTION, rows: [{ text: '服务' }, { text: '排队时间长', reverse: true }] },
]);
const d = smallDataset(qn, ['1(服务)', '1(排队时间长)'], [
  ['非常满意', '非常满意'],
  ['满意', '满意'],
  ['满意', '不满意'],
  ['不满意', ''],
  ['不适用', '不适用'],
]);

describe('scaleMean', () => {
  it('gives the mean and the sample SD (n − 1) of the scores, 不适用 and empty cells left out', () => {
    // Scores 5, 4, 4, 2: n = 4, mean 15/4 = 3.75; squared deviations 1.5625 + 0.0625 + 0.0625 + 3.0625 = 4.75; SD = √(4.75/3) = √(19/12).
    const m = scaleMean(d, 1, 0);
    expect(m.n).toBe(4);
    expect(m.mean).toBe(3.75);
    expect(m.sd).toBeCloseTo(1.2583057392, 10);
  });

  it('reverses a reverse-scored row first', () => {
    // Stated 5, 4, 2 → 6 − score = 1, 2, 4: mean 7/3; squared deviations 16/9 + 1/9 + 25/9 = 42/9; SD = √(42/9 / 2) = √(7/3).
    const m = scaleMean(d, 1, 1);
    expect(m.n).toBe(3);
    expect(m.mean).toBeCloseTo(2.3333333333, 10);
    expect(m.sd).toBeCloseTo(1.5275252317, 10);
  });

  it('is NaN where it is undefined: no SD from one score, no mean from none', () => {
    const one = smallDataset(qn, ['1(服务)', '1(排队时间长)'], [['满意', '不适用']]);
    expect(scaleMean(one, 1, 0)).toEqual({ n: 1, mean: 4, sd: NaN });
    expect(scaleMean(one, 1, 1)).toEqual({ n: 0, mean: NaN, sd: NaN });
  });
});
