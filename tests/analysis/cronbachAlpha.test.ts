import { describe, expect, it } from 'vitest';
import { cronbachAlpha } from '../../src/survey/analysis/cronbachAlpha.ts';
import { questionScaleItems } from '../../src/survey/questionnaire.ts';
import { SATISFACTION, smallDataset, smallQuestionnaire } from '../helpers/smallSurvey.ts';

const qn = smallQuestionnaire([
  { number: 1, type: 'matrixScale', text: '请评价', required: false, notApplicable: '不适用', points: SATISFACTION, rows: [{ text: '甲' }, { text: '乙', reverse: true }, { text: '丙' }] },
]);
const header = ['1(甲)', '1(乙)', '1(丙)'];
// Scores (乙 reversed, 6 − stated): 1 1 2 / 2 3 2 / 3 3 4 / 4 5 4; the fifth response (乙 不适用) and the sixth (丙 empty) are left out.
const d = smallDataset(qn, header, [
  ['1', '5', '2'],
  ['2', '3', '2'],
  ['3', '3', '4'],
  ['4', '1', '4'],
  ['5', '不适用', '5'],
  ['5', '1', ''],
]);

describe('cronbachAlpha', () => {
  it('is k/(k−1) × (1 − Σ item variances / variance of the sum), over the responses that scored every item', () => {
    // Item variances (n − 1): 甲 1,2,3,4 → 5/3; 乙 1,3,3,5 → 8/3; 丙 2,2,4,4 → 4/3; Σ = 17/3.
    // Sums 4, 7, 10, 13: mean 8.5, squared deviations 45, variance 15.
    // α = 3/2 × (1 − (17/3)/15) = 3/2 × 28/45 = 14/15.
    const a = cronbachAlpha(d, questionScaleItems(qn, 1));
    expect(a.items).toBe(3);
    expect(a.n).toBe(4);
    expect(a.alpha).toBeCloseTo(0.9333333333, 10);
  });

  it('is NaN for one item, for fewer than two complete responses, and for sums without variance', () => {
    expect(cronbachAlpha(d, [{ question: 1, row: 0 }])).toEqual({ items: 1, n: 6, alpha: NaN });
    const one = smallDataset(qn, header, [['1', '1', '1'], ['2', '不适用', '2']]);
    expect(cronbachAlpha(one, questionScaleItems(qn, 1))).toEqual({ items: 3, n: 1, alpha: NaN });
    // 甲 + 乙 (reversed) = 2 + 4 = 4 + 2 = 6 in both responses.
    const flat = smallDataset(qn, header, [['2', '2', '1'], ['4', '4', '5']]);
    expect(cronbachAlpha(flat, [{ question: 1, row: 0 }, { question: 1, row: 1 }])).toEqual({ items: 2, n: 2, alpha: NaN });
  });
});
