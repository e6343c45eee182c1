import { normalizeOptionText } from './normalize.ts';
import type { QuestionRule } from './questionRules.ts';

/** One thing wrong with a choice cell: the offending value (a token or the whole cell) and what was expected. */
export interface CellIssue {
  value: string;
  message: string;
}

const SEPARATOR = '┋';
const SEPARATOR_CODE = 0x250b;
const WRITE_IN_OPEN = 0x3016; // 〖
/** Bit masks below track chosen options; wider questions take the general path. */
const MAX_FAST_OPTIONS = 30;

/**
 * The option positions of a cell whose every token is an option text exactly
 * as in the questionnaire (optionally with a `〖…〗` write-in), no option
 * repeated and no exclusive option combined; null for anything else, which
 * then goes the general way. This is the path nearly every cell of a real
 * file takes, so it compares in place instead of splitting and normalising.
 */
function exactPicks(rule: QuestionRule, cell: string): number[] | null {
  const { texts, byFirstChar } = rule;
  if (texts.length > MAX_FAST_OPTIONS) return null;
  const n = cell.length;
  const picks: number[] = [];
  let mask = 0;
  let pos = 0;
  while (pos < n) {
    const candidates = byFirstChar.get(cell.charCodeAt(pos));
    if (candidates === undefined) return null;
    let found = -1;
    let next = -1;
    for (const i of candidates) {
      const text = texts[i]!;
      if (!cell.startsWith(text, pos)) continue;
      let end = pos + text.length;
      if (end < n && cell.charCodeAt(end) === WRITE_IN_OPEN && rule.question.options![i]!.writeIn) {
        const close = cell.indexOf('〗', end);
        if (close < 0) return null;
        end = close + 1;
      }
      if (end === n || cell.charCodeAt(end) === SEPARATOR_CODE) {
        found = i;
        next = end + 1;
        break;
      }
    }
    if (found < 0 || (mask & (1 << found)) !== 0) return null;
    mask |= 1 << found;
    picks.push(found);
    pos = next;
    if (pos === n) return null; // a trailing ┋
  }
  if (picks.length === 0) return null;
  if (rule.exclusive >= 0 && picks.length > 1 && (mask & (1 << rule.exclusive)) !== 0) return null;
  if (rule.question.type === 'single' && picks.length > 1) return null;
  return picks;
}

const NO_ISSUES: CellIssue[] = [];

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
 * single-choice question.
 */
export function parseChoiceCell(rule: QuestionRule, cell: string): { picks: number[]; issues: CellIssue[] } {
  const fast = exactPicks(rule, cell);
  if (fast !== null) return { picks: fast, issues: NO_ISSUES };
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
