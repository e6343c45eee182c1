import { describe, expect, it } from 'vitest';
import { compositeIndices, indicesAt } from '../../src/survey/analysis/compositeIndices.ts';
import { SATISFACTION, smallDataset, smallQuestionnaire } from '../helpers/smallSurvey.ts';

const qn = smallQuestionnaire(
  [
    { number: 1, type: 'scale', text: '总体满意吗', required: false, index: 'service', points: SATISFACTION },
    {
      number: 2,
      type: 'matrixScale',
      text: '请评价',
      required: false,
      notApplicable: '不适用',
      points: SATISFACTION,
      index: 'space',
      rows: [{ text: '馆员', index: 'service' }, { text: '排队时间长', reverse: true, index: 'service' }, { text: '座位' }, { text: '照明' }],
    },
  ],
  [
    { id: 'service', name: '服务指数' },
    { id: 'space', name: '空间指数' },
  ],
);
const header = ['1、总体满意吗', '2(馆员)', '2(排队时间长)', '2(座位)', '2(照明)'];
const d = smallDataset(qn, header, [
  ['满意', '非常满意', '不满意', '不满意', '满意'],
  ['', '一般', '不适用', '非常满意', '不适用'],
  ['', '', '', '', ''],
]);

describe('compositeIndices of scale rows', () => {
  it('are per response the mean of the scores of the rows it scored (reverse rows reversed; 不适用 and empty left out)', () => {
    // service = 题1 + 馆员 + 排队时间长 (reversed): response 1 (4 + 5 + (6 − 2))/3 = 13/3; response 2 only 馆员: 3; response 3 none: NaN.
    // space = the question's index for its other rows, 座位 and 照明: (2 + 4)/2 = 3; 5/1 = 5; NaN.
    const [service, space] = compositeIndices(qn, d.answers, d.size);
    expect(service!.kind).toBe('mean');
    expect(service!.values[0]).toBeCloseTo(4.3333333333, 10);
    expect(Array.from(service!.values.subarray(1))).toEqual([3, NaN]);
    expect(Array.from(space!.values)).toEqual([3, 5, NaN]);
  });

  it('are what the dataset carries', () => {
    expect(indicesAt(d, 1)).toEqual({ service: 3, space: 5 });
  });
});
