/** questionTrend and trendChange on the three hand-built editions of tests/helpers/threeEditions.ts. */
import { describe, expect, it } from 'vitest';
import { questionTrend, trendChange, trendReworded } from '../../src/series/trend.ts';
import { handContext, handEdition, multiple } from '../helpers/editionContext.ts';
import { a, c, context } from '../helpers/threeEditions.ts';

describe('questionTrend', () => {
  const trend = questionTrend(context, 1);

  it('walks back through every edition, each with its own question number and total', () => {
    expect(trend.question).toBe(1);
    expect(trend.editions).toEqual([
      { id: 'a', label: 'a 版', question: 1, total: 10, reworded: false },
      { id: 'b', label: 'b 版', question: 2, total: 20, reworded: true },
      { id: 'c', label: 'c 版', question: 1, total: 25, reworded: false },
    ]);
    expect(trendReworded(trend)).toBe(true);
  });

  it('joins a renamed option to its old text, leaves added options empty before, and adds dropped options where they end', () => {
    expect(trend.rows).toEqual([
      { text: '甲', cells: [{ text: '甲', count: 4, n: 10 }, { text: '甲', count: 10, n: 20 }, { text: '甲', count: 20, n: 25 }] },
      { text: '乙乙', cells: [{ text: '乙', count: 5, n: 10 }, { text: '乙乙', count: 8, n: 20 }, { text: '乙乙', count: 5, n: 25 }] },
      { text: '丁', cells: [null, { text: '丁', count: 3, n: 20 }, { text: '丁', count: 5, n: 25 }] },
      { text: '戊', cells: [null, null, { text: '戊', count: 1, n: 25 }] },
      { text: '丙', cells: [{ text: '丙', count: 2, n: 10 }, null, null] },
    ]);
  });

  it('a question linked to nothing has a trend of its own edition only', () => {
    const alone = questionTrend(context, 2);
    expect(alone.editions.map((e) => e.id)).toEqual(['c']);
    expect(alone.rows).toEqual([
      { text: '是', cells: [{ text: '是', count: 7, n: 25 }] },
      { text: '否', cells: [{ text: '否', count: 18, n: 25 }] },
    ]);
    expect(trendReworded(alone)).toBe(false);
  });

  it('a chain broken in the middle stops there', () => {
    const unlinkedB = handEdition({ id: 'b', questions: [multiple(1, ['是', '否']), multiple(2, ['甲', '乙乙', '丁'])], total: 20, counts: { 2: [10, 8, 3] } });
    const t = questionTrend(handContext(a, unlinkedB, c), 1);
    expect(t.editions.map((e) => [e.id, e.question])).toEqual([['b', 2], ['c', 1]]);
  });
});

describe('trendChange', () => {
  const [甲, 乙乙, 丁, , 丙] = questionTrend(context, 1).rows;

  it('across the whole chain: 甲 4/10 → 20/25 is 40.00 points, Newcombe interval 5.48 to 65.72 points', () => {
    const change = trendChange(甲!, 0, 2)!;
    expect(change.hundredths).toBe(4000);
    expect(change.difference).toBeCloseTo(0.4, 10);
    expect(change.lower).toBeCloseTo(0.054811, 6);
    expect(change.upper).toBeCloseTo(0.657195, 6);
    expect(change.beyondNoise).toBe(true);
  });

  it('a renamed option: 乙乙 8/20 → 5/25 is −20.00 points, interval −44.07 to 6.35, within noise', () => {
    const change = trendChange(乙乙!, 1, 2)!;
    expect(change.hundredths).toBe(-2000);
    expect(change.lower).toBeCloseTo(-0.440741, 6);
    expect(change.upper).toBeCloseTo(0.063496, 6);
    expect(change.beyondNoise).toBe(false);
  });

  it('is null where the option is missing from either edition', () => {
    expect(trendChange(丁!, 0, 2)).toBeNull();
    expect(trendChange(丙!, 0, 1)).toBeNull();
    expect(trendChange(丁!, 1, 2)?.hundredths).toBe(500);
  });

  it('is null where a base is empty', () => {
    expect(trendChange({ text: '甲', cells: [{ text: '甲', count: 0, n: 0 }, { text: '甲', count: 1, n: 2 }] }, 0, 1)).toBeNull();
  });
});
