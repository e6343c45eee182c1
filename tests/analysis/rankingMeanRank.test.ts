import { describe, expect, it } from 'vitest';
import { rankingMeanRank } from '../../src/survey/analysis/rankingMeanRank.ts';
import { smallDataset, smallQuestionnaire } from '../helpers/smallSurvey.ts';

const options = [{ text: '借阅' }, { text: '自习' }, { text: '讲座' }];

describe('rankingMeanRank (综合排名)', () => {
  it('is Σ position × share of the respondents putting the option there', () => {
    const qn = smallQuestionnaire([{ number: 1, type: 'ranking', text: '请排序', required: true, rankAll: true, options }]);
    const d = smallDataset(qn, ['1、请排序'], [['借阅→自习→讲座'], ['借阅→讲座→自习'], ['自习→借阅→讲座'], ['讲座→借阅→自习']]);
    // 借阅: 1×2/4 + 2×2/4 = 1.5; 自习: 1×1/4 + 2×1/4 + 3×2/4 = 2.25; 讲座: 1×1/4 + 2×1/4 + 3×2/4 = 2.25.
    expect(rankingMeanRank(d, 1)).toEqual([1.5, 2.25, 2.25]);
  });

  it('with rankTop an unranked option adds nothing, so the sum is no average rank', () => {
    const qn = smallQuestionnaire([{ number: 1, type: 'ranking', text: '请选出最重要的两项并排序', required: false, rankTop: 2, options }]);
    const d = smallDataset(qn, ['1、请选出最重要的两项并排序'], [['借阅→自习'], ['自习→借阅'], ['借阅→讲座'], ['']]);
    // 3 respondents. 借阅: 1×2/3 + 2×1/3 = 4/3; 自习: 1×1/3 + 2×1/3 = 1; 讲座: 2×1/3 = 2/3.
    const r = rankingMeanRank(d, 1);
    expect(r[0]).toBeCloseTo(1.3333333333, 10);
    expect(r[1]).toBeCloseTo(1, 10);
    expect(r[2]).toBeCloseTo(0.6666666667, 10);
  });
});
