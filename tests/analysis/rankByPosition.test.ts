import { describe, expect, it } from 'vitest';
import { rankByPosition } from '../../src/survey/analysis/rankByPosition.ts';
import { smallDataset, smallQuestionnaire } from '../helpers/smallSurvey.ts';

const options = [{ text: '借阅' }, { text: '自习' }, { text: '讲座' }];
const top2 = smallQuestionnaire([{ number: 1, type: 'ranking', text: '请选出最重要的两项并排序', required: false, rankTop: 2, options }]);

describe('rankByPosition', () => {
  it('counts, per option, the respondents putting it at each of the rankTop positions; an empty answer is no respondent', () => {
    const d = smallDataset(top2, ['1、请选出最重要的两项并排序'], [['借阅→自习'], ['自习→借阅'], ['借阅→讲座'], ['']]);
    expect(rankByPosition(d, 1)).toEqual({
      question: 1,
      options: ['借阅', '自习', '讲座'],
      positions: 2,
      respondents: 3,
      counts: [
        [2, 1],
        [1, 1],
        [0, 1],
      ],
    });
  });

  it('has a position per option for a rankAll question, from one column per option', () => {
    const all = smallQuestionnaire([{ number: 1, type: 'ranking', text: '请排序', required: true, rankAll: true, options }]);
    const d = smallDataset(all, ['1(借阅)', '1(自习)', '1(讲座)'], [['1', '2', '3'], ['3', '1', '2']]);
    const t = rankByPosition(d, 1);
    expect(t.positions).toBe(3);
    expect(t.respondents).toBe(2);
    expect(t.counts).toEqual([
      [1, 0, 1],
      [1, 1, 0],
      [0, 1, 1],
    ]);
  });
});
