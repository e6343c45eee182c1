import { describe, expect, it } from 'vitest';
import { rankingAverageScore } from '../../src/survey/analysis/rankingAverageScore.ts';
import { smallDataset, smallQuestionnaire } from '../helpers/smallSurvey.ts';

const options = [{ text: '借阅' }, { text: '自习' }, { text: '讲座' }];

describe('rankingAverageScore (平均综合得分)', () => {
  it('weighs position p of m options m − p + 1 and divides by the respondents who answered', () => {
    const qn = smallQuestionnaire([{ number: 1, type: 'ranking', text: '请选出最重要的两项并排序', required: false, rankTop: 2, options }]);
    const d = smallDataset(qn, ['1、请选出最重要的两项并排序'], [['借阅→自习'], ['自习→借阅'], ['借阅→讲座'], ['']]);
    // m = 3: first weighs 3, second 2; 3 respondents (the empty answer is none).
    // 借阅: (2×3 + 1×2)/3 = 8/3; 自习: (1×3 + 1×2)/3 = 5/3; 讲座: (1×2)/3 = 2/3.
    const s = rankingAverageScore(d, 1);
    expect(s[0]).toBeCloseTo(2.6666666667, 10);
    expect(s[1]).toBeCloseTo(1.6666666667, 10);
    expect(s[2]).toBeCloseTo(0.6666666667, 10);
  });

  it('for a rankAll question read from one column per option', () => {
    const qn = smallQuestionnaire([{ number: 1, type: 'ranking', text: '请排序', required: true, rankAll: true, options }]);
    const d = smallDataset(qn, ['1(借阅)', '1(自习)', '1(讲座)'], [['1', '2', '3'], ['2', '1', '3']]);
    // 借阅: (3 + 2)/2 = 2.5; 自习: (2 + 3)/2 = 2.5; 讲座: (1 + 1)/2 = 1.
    expect(rankingAverageScore(d, 1)).toEqual([2.5, 2.5, 1]);
  });

  it('is NaN for every option when nobody answered', () => {
    const qn = smallQuestionnaire([{ number: 1, type: 'ranking', text: '请排序', required: false, rankAll: true, options }]);
    expect(rankingAverageScore(smallDataset(qn, ['1、请排序'], [['']]), 1)).toEqual([NaN, NaN, NaN]);
  });
});
