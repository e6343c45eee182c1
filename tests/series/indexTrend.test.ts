/**
 * Composite index means across hand-built editions, with the change (Welch
 * interval, z = 1.959964) from the previous edition or from an earlier one:
 *   a: s = 1, 2, 3 (mean 2)    b: s = 5, 5 (mean 5)    c: s = 2, 4, 6 and one unanswered (mean 4), t = 1, 1
 */
import { describe, expect, it } from 'vitest';
import { indexTrends, indexValueMax } from '../../src/series/indexTrend.ts';
import { handContext, handEdition, multiple } from '../helpers/editionContext.ts';

const questions = [multiple(1, ['是', '否'])];
const s = (values: number[]) => ({ id: 's', name: '保障指数', values });
const a = handEdition({ id: 'a', questions, total: 3, indices: [s([1, 2, 3])] });
const b = handEdition({ id: 'b', questions, total: 2, indices: [s([5, 5])] });
const c = handEdition({ id: 'c', questions, total: 4, indices: [s([2, 4, 6, NaN]), { id: 't', name: '服务指数', values: [1, 1, 1, 1] }] });
const bWithout = handEdition({ id: 'b', questions, total: 2 });

describe('indexTrends', () => {
  it('gives each index of the current edition its mean in every edition, unanswered left out, and the change from the previous edition', () => {
    const [st, tt] = indexTrends(handContext(a, b, c));
    expect(st!.id).toBe('s');
    expect(st!.name).toBe('保障指数');
    expect(st!.means).toEqual([{ mean: 2, n: 3 }, { mean: 5, n: 2 }, { mean: 4, n: 3 }]);
    // 5, 5 → 2, 4, 6: −1, se √(0 + 4/3).
    expect(st!.change!.difference).toBe(-1);
    expect(st!.change!.lower).toBeCloseTo(-3.263171, 6);
    expect(st!.change!.upper).toBeCloseTo(1.263171, 6);
    // An index only the current edition has: nothing to compare.
    expect(tt!.means).toEqual([null, null, { mean: 1, n: 4 }]);
    expect(tt!.change).toBeNull();
  });

  it('from an earlier edition when asked: a → c is +2, interval −0.53 to 4.53', () => {
    const [st] = indexTrends(handContext(a, b, c), 0);
    expect(st!.change!.before).toBe(2);
    expect(st!.change!.after).toBe(4);
    expect(st!.change!.lower).toBeCloseTo(-0.530303, 6);
    expect(st!.change!.upper).toBeCloseTo(4.530303, 6);
  });

  it('an edition without the index breaks the chain: nothing before it is compared', () => {
    const [st] = indexTrends(handContext(a, bWithout, c));
    expect(st!.means).toEqual([null, null, { mean: 4, n: 3 }]);
    expect(st!.change).toBeNull();
    expect(indexTrends(handContext(a, bWithout, c), 0)[0]!.change).toBeNull();
  });

  it('a single edition has no change', () => {
    expect(indexTrends(handContext(c))[0]!.change).toBeNull();
  });
});

describe('indexValueMax', () => {
  it('is the largest value of any index in any edition, unanswered left out', () => {
    expect(indexValueMax(handContext(a, b, c))).toBe(6);
    expect(indexValueMax(handContext(handEdition({ id: 'z', questions, total: 1, indices: [s([0.2, NaN])] })))).toBe(1);
  });
});
