import { normalizeOptionText } from './normalize.ts';
import { SLOT_MASK, type QuestionRule } from './questionRules.ts';

/** One thing wrong with a choice cell: the offending value (a token or the whole cell) and what was expected. */
export interface CellIssue {
  value: string;
  message: string;
}

const SEPARATOR = '┋';
const SEPARATOR_CODE = 0x250b; // ┋
const WRITE_IN_OPEN = 0x3016; // 〖
const WRITE_IN_CLOSE = 0x3017; // 〗
/** Questions with at most this many options share the arrays of identical answers (a table of 2^n entries). */
const MAX_SHARED_OPTIONS = 12;

/** Positions found so far in the cell being read (one cell is read at a time); a plain array of small integers, so `slice` gives a packed one. */
const scratch: number[] = [];
for (let i = 0; i <= 31; i++) scratch.push(0);

/**
 * One question's answers seen so far in one validation, for sharing: entry
 * `mask` is the frozen array of the options whose bits `mask` has, in
 * questionnaire order. Null for a question with too many options to share.
 */
export type SharedPicks = (readonly number[] | undefined)[] | null;

/** An empty table of shared answers for `rule`'s question, for one validation. */
export function sharedPicksFor(rule: QuestionRule): SharedPicks {
  return rule.inPlace && rule.texts.length <= MAX_SHARED_OPTIONS ? new Array<readonly number[] | undefined>(1 << rule.texts.length) : null;
}

/**
 * The option positions of a cell whose every token is an option text exactly
 * as in the questionnaire (optionally with a `〖…〗` write-in), no option
 * repeated and no exclusive option combined; null for anything else, which
 * then goes the general way. Nearly every cell of a real file takes this
 * path, so it reads the cell once, character by character, matching each
 * token against the options that start with its first character, without
 * splitting, slicing or normalising. Picks of one option, or in questionnaire
 * order and seen before in `shared`, are a shared frozen array.
 */
function exactPicks(rule: QuestionRule, cell: string, shared: SharedPicks | undefined): readonly number[] | null {
  if (!rule.inPlace) return null;
  const n = cell.length;
  const texts = rule.texts;
  const picks = scratch;
  let count = 0;
  let mask = 0;
  let pos = 0;
  let inOrder = true;
  for (;;) {
    // The token runs from `pos` to the next separator. No option text holds ┋, 〖 or 〗 (`inPlace`), so it is
    // option i when i's text is followed by the separator (or the end), or by a write-in `〖…〗` if i takes one.
    if (pos >= n) return null;
    let found = -1;
    let end = n;
    for (let i = rule.slots[cell.charCodeAt(pos) & SLOT_MASK]!; i >= 0; i = rule.nextInSlot[i]!) {
      const text = texts[i]!;
      const length = text.length;
      if (pos + length > n) continue;
      let j = 0;
      while (j < length && text.charCodeAt(j) === cell.charCodeAt(pos + j)) j++;
      if (j < length) continue;
      const after = pos + length;
      if (after === n) {
        found = i;
        break;
      }
      const c = cell.charCodeAt(after);
      if (c === SEPARATOR_CODE) {
        found = i;
        end = after;
        break;
      }
      if (c === WRITE_IN_OPEN) {
        // The text before the first 〖 is option i's: the token is i's write-in if it ends with 〗, an error otherwise.
        let k = after + 1;
        while (k < n && cell.charCodeAt(k) !== SEPARATOR_CODE) k++;
        if (cell.charCodeAt(k - 1) !== WRITE_IN_CLOSE || rule.writeInAt[i] === 0) return null;
        found = i;
        end = k;
        break;
      }
      // Option i's text is only the start of the token: another option may be the whole of it.
    }
    if (found < 0 || (mask & (1 << found)) !== 0) return null;
    if (count > 0 && found < picks[count - 1]!) inOrder = false;
    mask |= 1 << found;
    picks[count++] = found;
    if (end === n) break;
    pos = end + 1;
  }
  if (count === 1) return rule.singletons[picks[0]!]!;
  if (rule.exclusive >= 0 && (mask & (1 << rule.exclusive)) !== 0) return null;
  if (rule.question.type === 'single') return null;
  if (shared == null || !inOrder) return picks.slice(0, count);
  const seen = shared[mask];
  if (seen !== undefined) return seen;
  const out = Object.freeze(picks.slice(0, count));
  shared[mask] = out;
  return out;
}

const NO_ISSUES: readonly CellIssue[] = Object.freeze([]);

/** The option position a token names, or the reason it names none. */
function matchToken(rule: QuestionRule, token: string): number | string {
  const t = token.trim();
  if (t === '') return `多余的「${SEPARATOR}」：两个「${SEPARATOR}」之间或首尾没有选项`;
  const open = t.indexOf('〖');
  if (open >= 0) {
    if (!t.endsWith('〗')) return '填写内容缺少结尾的「〗」；应为如「其他〖填写内容〗」';
    const prefix = normalizeOptionText(t.slice(0, open));
    const w = rule.writeIn.get(prefix);
    if (w !== undefined) return w;
    if (rule.normalized.has(prefix)) return `选项「${prefix}」没有填写项，不应带「〖…〗」`;
    return `不是本题的选项；应为：${rule.expected}`;
  }
  const i = rule.normalized.get(normalizeOptionText(t));
  return i ?? `不是本题的选项；应为：${rule.expected}`;
}

/**
 * The option positions a choice cell names (options joined by `┋`, write-ins
 * in `〖〗`), and what is wrong with it: an unknown option, a repeated one, an
 * exclusive "none" option combined with another, several options in a
 * single-choice question. With `shared`, picks the fast path has seen before
 * are returned as the same frozen array (see `SharedPicks`).
 */
export function parseChoiceCell(rule: QuestionRule, cell: string, shared?: SharedPicks): { picks: number[]; issues: readonly CellIssue[] } {
  const fast = exactPicks(rule, cell, shared);
  if (fast !== null) return { picks: fast as number[], issues: NO_ISSUES };
  const tokens = cell.split(SEPARATOR);
  const picks: number[] = [];
  const issues: CellIssue[] = [];
  for (const token of tokens) {
    // Exact text first: the common case, one map look-up, no string building.
    const found = rule.exact.get(token) ?? matchToken(rule, token);
    if (typeof found === 'string') issues.push({ value: token.trim(), message: found });
    else if (picks.includes(found)) issues.push({ value: token.trim(), message: `选项「${rule.question.options![found]!.text}」重复出现` });
    else picks.push(found);
  }
  if (rule.question.type === 'single' && tokens.length > 1) {
    issues.push({ value: cell, message: `单选题只能选一个选项，这里有 ${tokens.length} 个（用「${SEPARATOR}」连接）` });
  }
  if (rule.exclusive >= 0 && picks.length > 1 && picks.includes(rule.exclusive)) {
    issues.push({ value: cell, message: `「${rule.question.options![rule.exclusive]!.text}」表示没有开展，不能与本题其他选项同选` });
  }
  return { picks, issues };
}
