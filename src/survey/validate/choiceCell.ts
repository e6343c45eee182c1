/** The contract's rules for a choice cell: known options, none repeated, an exclusive option alone, one option in a single-choice question. */
import { exactOptionAt, inexactOption, SEPARATOR, type OptionMatcher } from './optionMatcher.ts';

/** One thing wrong with a choice cell: the offending value (a token or the whole cell) and what was expected. */
export interface CellIssue {
  value: string;
  message: string;
}

/** What the choice-cell rules need to know of a question. */
export interface ChoiceRule {
  matcher: OptionMatcher;
  single: boolean;
  /** Position of the exclusive "none" option, or −1. */
  exclusive: number;
}

/**
 * Reads a choice cell (options joined by `┋`) into `picked`, a bit set of
 * option positions (cleared first), and returns what is wrong with it, or
 * null when nothing is.
 */
export function readChoiceCell(rule: ChoiceRule, cell: string, picked: Uint32Array): CellIssue[] | null {
  for (let w = 0; w < picked.length; w++) picked[w] = 0;
  let issues: CellIssue[] | null = null;
  let picks = 0;
  let tokens = 0;
  let from = 0;
  for (let start = 0; ; ) {
    // The exact text of an option is found without looking for the token's end first; anything else is matched once its end is known.
    const exact = exactOptionAt(rule.matcher, cell, start, from);
    const next = exact >= 0 ? (start + rule.matcher.texts[exact]!.length === cell.length ? -1 : start + rule.matcher.texts[exact]!.length) : cell.indexOf(SEPARATOR, start);
    const end = next < 0 ? cell.length : next;
    tokens++;
    const found = exact >= 0 ? exact : inexactOption(rule.matcher, cell, start, end);
    if (typeof found === 'string') (issues ??= []).push({ value: cell.slice(start, end).trim(), message: found });
    else if ((picked[found >>> 5]! & (1 << (found & 31))) !== 0) (issues ??= []).push({ value: cell.slice(start, end).trim(), message: `选项「${rule.matcher.texts[found]}」重复出现` });
    else {
      picked[found >>> 5]! |= 1 << (found & 31);
      picks++;
      from = found + 1;
    }
    if (next < 0) break;
    start = next + 1;
  }
  if (rule.single && tokens > 1) (issues ??= []).push({ value: cell, message: `单选题只能选一个选项，这里有 ${tokens} 个（用「${SEPARATOR}」连接）` });
  const x = rule.exclusive;
  if (x >= 0 && picks > 1 && (picked[x >>> 5]! & (1 << (x & 31))) !== 0) {
    (issues ??= []).push({ value: cell, message: `「${rule.matcher.texts[x]}」表示没有开展，不能与本题其他选项同选` });
  }
  return issues;
}
