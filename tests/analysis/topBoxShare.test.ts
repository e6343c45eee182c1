import { describe, expect, it } from 'vitest';
import { topBoxShare } from '../../src/survey/analysis/topBoxShare.ts';
import { SATISFACTION, smallDataset, smallQuestionnaire } from '../helpers/smallSurvey.ts';

const qn = smallQuestionnaire([
  { number: 1, type: 'matrixScale', text: '请评价', required: false, notApplicable: '不适用', points: SATISFACTION, rows: [{ text: '服务' }, { text: '排队时间长', reverse: true }] },
]);
const d = smallDataset(qn, ['1(服务)', '1(排队时间长)'], [
  ['非常满意', '非常不满意'],
  ['满意', '不满意'],
  ['一般', '满意'],
  ['满意', '非常满意'],
  ['不适用', '不适用'],
  ['非常不满意', ''],
]);

describe('topBoxShare', () => {
  it('is the share of the scored answers on the two highest points (不适用 and empty left out)', () => {
    // 服务: 5, 4, 3, 4, 1 scored (n = 5); 4 or 5: three → 3/5.
    expect(topBoxShare(d, 1, 0)).toEqual({ count: 3, n: 5, share: 0.6 });
  });

  it('on a reverse-scored row counts the points whose reversed score is highest (the lowest stated)', () => {
    // 排队时间长: stated 1, 2, 4, 5 → 5, 4, 2, 1 (n = 4); top two: 非常不满意, 不满意 → 2/4.
    expect(topBoxShare(d, 1, 1)).toEqual({ count: 2, n: 4, share: 0.5 });
  });

  it('takes the top k boxes when asked', () => {
    // 服务, top 3 (scores 3–5): 5, 4, 3, 4 → 4/5.
    expect(topBoxShare(d, 1, 0, 3)).toEqual({ count: 4, n: 5, share: 0.8 });
  });
});
