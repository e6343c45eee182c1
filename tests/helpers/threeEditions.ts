/**
 * One question through three hand-built editions: an option renamed, one
 * added, one dropped, the question renumbered and reworded on the way.
 *
 *   edition a, question 1 (10 responses): 甲 4, 乙 5, 丙 2
 *   edition b, question 2 (20 responses), continues a/1, reworded: 甲 10, 乙乙 (was 乙) 8, 丁 (added) 3; 丙 dropped
 *   edition c, question 1 (25 responses), continues b/2: 甲 20, 乙乙 5, 丁 5, 戊 (added) 1; question 2 (是 7, 否 18) is new
 */
import { handContext, handEdition, link, multiple } from './editionContext.ts';

export const a = handEdition({ id: 'a', questions: [multiple(1, ['甲', '乙', '丙'])], total: 10, counts: { 1: [4, 5, 2] } });
export const b = handEdition({
  id: 'b',
  questions: [multiple(1, ['是', '否']), multiple(2, ['甲', '乙乙', '丁'])],
  total: 20,
  counts: { 2: [10, 8, 3] },
  links: new Map([[2, link(1, ['甲', '乙', null], ['丙'], true)]]),
});
export const c = handEdition({
  id: 'c',
  questions: [multiple(1, ['甲', '乙乙', '丁', '戊']), multiple(2, ['是', '否'])],
  total: 25,
  counts: { 1: [20, 5, 5, 1], 2: [7, 18] },
  links: new Map([[1, link(2, ['甲', '乙乙', '丁', null])]]),
});
export const context = handContext(a, b, c);
