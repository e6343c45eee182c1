/** Two editions compared across the chain of tests/helpers/threeEditions.ts: a with c (not adjacent), and b with c. */
import { describe, expect, it } from 'vitest';
import { compareEditions } from '../../src/series/editionComparison.ts';
import { context } from '../helpers/threeEditions.ts';

const cell = (text: string, count: number, n: number, percent: string) => ({ text, count, n, percent });

describe('compareEditions', () => {
  it('a → c follows the links through b: renamed, added and dropped options, the unlinked question', () => {
    const c = compareEditions(context, 0);
    expect(c).toMatchObject({ before: { id: 'a', total: 10 }, after: { id: 'c', total: 25 }, adjacent: false, matched: null, notLinked: [2], discontinued: [] });
    expect(c.questions).toHaveLength(1);
    const [q] = c.questions;
    expect([q!.question, q!.continues, q!.reworded]).toEqual([1, 1, true]);
    expect(q!.options.map((o) => [o.before, o.after, o.change?.hundredths ?? null])).toEqual([
      [cell('甲', 4, 10, '40.00%'), cell('甲', 20, 25, '80.00%'), 4000],
      [cell('乙', 5, 10, '50.00%'), cell('乙乙', 5, 25, '20.00%'), -3000],
      [null, cell('丁', 5, 25, '20.00%'), null],
      [null, cell('戊', 1, 25, '4.00%'), null],
      [cell('丙', 2, 10, '20.00%'), null, null],
    ]);
  });

  it('b → c: adjacent; an option dropped before b is in neither edition and left out', () => {
    const c = compareEditions(context, 1);
    expect(c.adjacent).toBe(true);
    const [q] = c.questions;
    expect([q!.question, q!.continues, q!.reworded]).toEqual([1, 2, false]);
    expect(q!.options.map((o) => [o.before?.text ?? null, o.after?.text ?? null, o.change?.hundredths ?? null])).toEqual([
      ['甲', '甲', 3000],
      ['乙乙', '乙乙', -2000],
      ['丁', '丁', 500],
      [null, '戊', null],
    ]);
  });
});
