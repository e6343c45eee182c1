import { describe, expect, it } from 'vitest';
import { countValues } from '../../src/survey/analysis/countValues.ts';
import { withIndices } from '../../src/survey/analysis/compositeIndices.ts';
import { ResponseColumns } from '../../src/survey/columns.ts';
import { questionnaire } from '../helpers/questionnaire.ts';

/** Three responses to the two-blank count question 24: (3, 120), (unreadable, 40), (5, unreadable). */
function dataset() {
  const columns = new ResponseColumns(questionnaire);
  const typed: [number, number][] = [[3, 120], [NaN, 40], [5, NaN]];
  typed.forEach(([a, b], i) => {
    const k = columns.add(i + 2, String(i + 1), NaN, `测试图书馆${i + 1}`);
    columns.setCount(24, k, 0, a);
    columns.setCount(24, k, 1, b);
    columns.markAnswered(24, k);
  });
  return withIndices(columns.toResponses('test.csv', null, 0, []));
}

describe('countValues', () => {
  it('gives each blank’s readable numbers, leaving out unreadable ones', () => {
    expect(countValues(dataset(), 24, 0)).toEqual([3, 5]);
    expect(countValues(dataset(), 24, 1)).toEqual([120, 40]);
  });
  it('refuses a question that is not a count question', () => {
    expect(() => countValues(dataset(), 4, 0)).toThrow('第 4 题不是数字填空题');
  });
});
