/** Whether an index is made otherwise than in the previous edition: members linked one to one, unchanged but for renamed options. */
import { describe, expect, it } from 'vitest';
import { indexRecomposed } from '../../src/series/indexRecomposed.ts';
import { indexTrends } from '../../src/series/indexTrend.ts';
import { handContext, handEdition, link, multiple } from '../helpers/editionContext.ts';

const s = [{ id: 's', name: '保障指数', values: [1, 2] }];
const inS = { index: 's' };
const before = handEdition({ id: 'a', total: 2, indices: s, questions: [multiple(1, ['甲', '乙'], inS), multiple(2, ['丙', '丁'], inS), multiple(3, ['戊', '庚'])] });
const after = (questions: object[], links: [number, ReturnType<typeof link>][]) => handEdition({ id: 'b', total: 2, indices: s, questions, links: new Map(links) });

describe('indexRecomposed', () => {
  it('is false when every member continues a member, renumbered or with a renamed option', () => {
    const b = after([multiple(1, ['丙', '丁'], inS), multiple(2, ['甲', '乙二'], inS)], [[1, link(2, ['丙', '丁'])], [2, link(1, ['甲', '乙'])]]);
    expect(indexRecomposed(before, b, 's')).toBe(false);
  });
  it('is true when a member gains an option, loses one, is reworded, or is new', () => {
    const members = [multiple(1, ['甲', '乙', '己'], inS), multiple(2, ['丙', '丁'], inS)];
    expect(indexRecomposed(before, after(members, [[1, link(1, ['甲', '乙', null])], [2, link(2, ['丙', '丁'])]]), 's')).toBe(true);
    expect(indexRecomposed(before, after([multiple(1, ['甲', '乙'], inS), multiple(2, ['丙', '丁'], inS)], [[1, link(1, ['甲', '乙'], ['己'])], [2, link(2, ['丙', '丁'])]]), 's')).toBe(true);
    expect(indexRecomposed(before, after([multiple(1, ['甲', '乙'], inS), multiple(2, ['丙', '丁'], inS)], [[1, link(1, ['甲', '乙'], [], true)], [2, link(2, ['丙', '丁'])]]), 's')).toBe(true);
    expect(indexRecomposed(before, after([multiple(1, ['甲', '乙'], inS), multiple(2, ['丙', '丁'], inS)], [[1, link(1, ['甲', '乙'])]]), 's')).toBe(true);
  });
  it('is true when a question joins the index or two members continue the same one', () => {
    expect(indexRecomposed(before, after([multiple(1, ['甲', '乙'], inS), multiple(2, ['丙', '丁'], inS), multiple(3, ['戊', '庚'], inS)], [[1, link(1, ['甲', '乙'])], [2, link(2, ['丙', '丁'])], [3, link(3, ['戊', '庚'])]]), 's')).toBe(true);
    expect(indexRecomposed(before, after([multiple(1, ['甲', '乙'], inS), multiple(2, ['甲', '乙'], inS)], [[1, link(1, ['甲', '乙'])], [2, link(1, ['甲', '乙'])]]), 's')).toBe(true);
  });
  it('is carried into the trend of the index', () => {
    const b = after([multiple(1, ['甲', '乙', '己'], inS), multiple(2, ['丙', '丁'], inS)], [[1, link(1, ['甲', '乙', null])], [2, link(2, ['丙', '丁'])]]);
    expect(indexTrends(handContext(before, b))[0]!.recomposed).toBe(true);
    expect(indexTrends(handContext(before, after([multiple(1, ['甲', '乙'], inS), multiple(2, ['丙', '丁'], inS)], [[1, link(1, ['甲', '乙'])], [2, link(2, ['丙', '丁'])]])))[0]!.recomposed).toBe(false);
  });
});
