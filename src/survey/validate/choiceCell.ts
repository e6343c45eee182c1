import { normalizeOptionText } from './normalize.ts';
import { textKey, type QuestionRule } from './questionRules.ts';

/** One thing wrong with a choice cell: the offending value (a token or the whole cell) and what was expected. */
export interface CellIssue {
  value: string;
  message: string;
}

const SEPARATOR = '┋';
const WRITE_IN_CLOSE = 0x3017; // 〗
/** Bit masks below track chosen options; wider questions take the general path. */
const MAX_FAST_OPTIONS = 30;

/** Positions found so far in the cell being read (one cell is read at a time). */
const scratch = new Int32Array(MAX_FAST_OPTIONS + 1);

/** The option whose text is exactly `cell.slice(start, end)`, or -1. */
function optionAt(rule: QuestionRule, cell: string, start: number, end: number): number {
  if (end <= start) return -1;
  const candidates = rule.byKey.get(textKey(cell, start, end));
  if (candidates === undefined) return -1;
  for (const i of candidates) if (cell.startsWith(rule.texts[i]!, start)) return i;
  return -1;
}

/**
 * The option positions of a cell whose every token is an option text exactly
 * as in the questionnaire (optionally with a `〖…〗` write-in), no option
 * repeated and no exclusive option combined; null for anything else, which
 * then goes the general way. Nearly every cell of a real file takes this
 * path, so it matches tokens in place instead of splitting and normalising.
 */
function exactPicks(rule: QuestionRule, cell: string): number[] | null {
  if (rule.texts.length > MAX_FAST_OPTIONS) return null;
  const n = cell.length;
  const picks = scratch;
  let count = 0;
  let mask = 0;
  let pos = 0;
  for (;;) {
    let end = cell.indexOf(SEPARATOR, pos);
    if (end < 0) end = n;
    let found: number;
    if (cell.charCodeAt(end - 1) === WRITE_IN_CLOSE) {
      const open = cell.indexOf('〖', pos);
      found = open < 0 ? -1 : optionAt(rule, cell, pos, open);
      if (found >= 0 && !rule.question.options![found]!.writeIn) return null;
    } else found = optionAt(rule, cell, pos, end);
    if (found < 0 || (mask & (1 << found)) !== 0) return null;
    mask |= 1 << found;
    picks[count++] = found;
    if (end === n) break;
    pos = end + 1;
  }
  if (rule.exclusive >= 0 && count > 1 && (mask & (1 << rule.exclusive)) !== 0) return null;
  if (count > 1 && rule.question.type === 'single') return null;
  // An array of exactly the right length: pushing would give each response's arrays spare room to carry.
  const out = new Array<number>(count);
  for (let i = 0; i < count; i++) out[i] = picks[i]!;
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
 * single-choice question.
 */
export function parseChoiceCell(rule: QuestionRule, cell: string): { picks: number[]; issues: readonly CellIssue[] } {
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
