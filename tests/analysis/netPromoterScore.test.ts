import { describe, expect, it } from 'vitest';
import { netPromoterScore } from '../../src/survey/analysis/netPromoterScore.ts';
import { smallDataset, smallQuestionnaire } from '../helpers/smallSurvey.ts';

const points = Array.from({ length: 11 }, (_, s) => ({ label: String(s), score: s }));
const qn = smallQuestionnaire([{ number: 1, type: 'scale', text: '推荐吗', required: false, nps: true, points }]);

describe('netPromoterScore', () => {
  it('is the share of 9–10 minus the share of 0–6, in points, over the responses that answered', () => {
    // 10, 9, 9 promoters; 8, 7 passives; 6, 3, 0 detractors; one blank left out: (3 − 3) / 8 → 0.
    const d = smallDataset(qn, ['1、推荐吗'], [['10'], ['9'], ['9'], ['8'], ['7'], ['6'], ['3'], ['0'], ['']]);
    expect(netPromoterScore(d, 1)).toEqual({ promoters: 3, passives: 2, detractors: 3, n: 8, score: 0 });
  });

  it('is negative when detractors outnumber promoters: 1 of 4 at 10, 3 at 5 or below → −50', () => {
    const d = smallDataset(qn, ['1、推荐吗'], [['10'], ['5'], ['1'], ['4']]);
    expect(netPromoterScore(d, 1)).toEqual({ promoters: 1, passives: 0, detractors: 3, n: 4, score: -50 });
  });

  it('has no score without a response', () => {
    expect(netPromoterScore(smallDataset(qn, ['1、推荐吗'], [['']]), 1).score).toBeNaN();
  });
});
