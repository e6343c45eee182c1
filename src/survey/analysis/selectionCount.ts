import type { AnswerColumn } from '../types.ts';

/** The number of set bits of a 32-bit word. */
export function popCount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * Adds to `out[k]` how many options response k selected in a choice column:
 * `其他` and write-in options count, the exclusive "none" option at position
 * `exclusive` (−1: none) counts zero, an unanswered question zero.
 */
export function addSelectionCounts(column: AnswerColumn, exclusive: number, out: Float64Array): void {
  if (column.type === 'single') {
    for (let k = 0; k < out.length; k++) if (column.picks[k]! >= 0 && column.picks[k] !== exclusive) out[k]!++;
    return;
  }
  if (column.type !== 'multiple') throw new Error('只有选择题能计算选择的选项数');
  const { words, bits } = column;
  // Which bits count, word by word: every option but the exclusive one.
  const counted = Uint32Array.from({ length: words }, (_, w) => (exclusive >= 0 && exclusive >>> 5 === w ? ~(1 << (exclusive & 31)) : ~0));
  for (let k = 0; k < out.length; k++) {
    let n = 0;
    for (let w = 0; w < words; w++) n += popCount(bits[k * words + w]! & counted[w]!);
    out[k]! += n;
  }
}
