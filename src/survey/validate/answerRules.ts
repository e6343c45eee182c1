/**
 * The rules for one question's cell in a row, in the order they apply:
 * decodable text, skip logic, required answers, then the cell's content
 * (choice, count, scale point or ranking). Each stores what it reads in the
 * response columns.
 */
import type { ResponseColumns } from '../columns.ts';
import { readChoiceCell, type ChoiceRule } from './choiceCell.ts';
import { specialCell } from './normalize.ts';
import { parseCount } from './parseCount.ts';
import type { QuestionRule } from './questionRules.ts';
import { readRankingCell } from './rankingCell.ts';
import { report, type RowCursor } from './rowCursor.ts';
import { readScaleCell } from './scaleCell.ts';

/** What a row's cell turned out to be, for the questions whose skip logic depends on it. */
export const UNKNOWN = 0; // column missing or cell in error: checks that depend on it are not made
export const SKIPPED = 1;
export const EMPTY = 2;
export const ANSWERED = 3;

const SKIP_TEXT = '(跳过)';

/** Where a row's answers go and what is known of its earlier answers. */
export interface AnswerTarget {
  columns: ResponseColumns;
  /** The response's position in the columns. */
  k: number;
  /** `status[n]`: what question n's cell turned out to be in this row. */
  status: Uint8Array;
  /** A bit set as wide as the widest choice question, for reading one cell. */
  picked: Uint32Array;
  /** Ranks as many as the widest question has options, for reading one ranking. */
  ranks: Uint8Array;
  /** Whether the file had bytes that are not GB18030: cells holding U+FFFD are reported. */
  undecodable: boolean;
}

/** Whether skip logic shows the question: null when the answer it depends on is unknown. */
export function shown(rule: QuestionRule, t: AnswerTarget): boolean | null {
  const s = rule.shownIf;
  if (s === null) return true;
  const deciding = t.status[s.question]!;
  if (deciding === UNKNOWN) return null;
  if (deciding === SKIPPED) return false;
  const chose = deciding === ANSWERED && t.columns.chose(s.question, t.k, s.option);
  return s.includes ? chose : !chose;
}

/** Why a question with skip logic is or is not shown, from the answer it depends on. */
function shownReason(rule: QuestionRule, t: AnswerTarget): string {
  const s = rule.shownIf!;
  if (t.status[s.question] === SKIPPED) return `第 ${s.question} 题被跳过`;
  const chose = t.status[s.question] === ANSWERED && t.columns.chose(s.question, t.k, s.option);
  return `第 ${s.question} 题${chose ? '选了' : '没有选'}「${s.optionText}」`;
}

/** A cell must not hold bytes the GB18030 decoding could not read. */
export function checkDecodable(c: RowCursor, column: number, cell: string): boolean {
  if (!cell.includes('\ufffd')) return true;
  report(c, 'error', column, cell, '含有不是 GB18030（GBK）编码的字节（显示为 �）：请在原文件中核对这个单元格，或把文件另存为 UTF-8');
  return false;
}

/** A question skip logic hides must be `(跳过)`. */
function checkHidden(c: RowCursor, rule: QuestionRule, t: AnswerTarget, column: number, cell: string, skipped: boolean): number {
  if (skipped) return SKIPPED;
  report(c, 'error', column, cell, `应为「${SKIP_TEXT}」：${shownReason(rule, t)}，本题不显示`);
  return UNKNOWN;
}

/** `(跳过)` only where skip logic can hide the question, and not where it shows it. */
function checkSkip(c: RowCursor, rule: QuestionRule, t: AnswerTarget, column: number, cell: string, isShown: boolean | null): number {
  if (rule.shownIf === null) report(c, 'error', column, cell, `本题没有跳题逻辑，不会被跳过；不应为「${SKIP_TEXT}」`);
  else if (isShown === true) report(c, 'error', column, cell, `不应为「${SKIP_TEXT}」：${shownReason(rule, t)}，本题应作答`);
  else return SKIPPED;
  return UNKNOWN;
}

/** A required question that is shown must be answered. */
function checkRequired(c: RowCursor, rule: QuestionRule, t: AnswerTarget, column: number, cell: string, isShown: boolean | null): number {
  if (!rule.question.required || isShown === null) return EMPTY;
  report(c, 'error', column, cell, rule.shownIf === null ? '必答题未作答' : `必答题未作答：${shownReason(rule, t)}，本题应作答`);
  return UNKNOWN;
}

/**
 * What skip logic, `(跳过)` and an empty cell make of a cell of question
 * `rule` (shown or not as `isShown` says): its status, or null when its
 * content is to be read. `required: false` for a cell that may be empty
 * although the question is required (an unranked option's own column).
 */
export function gateCell(c: RowCursor, rule: QuestionRule, t: AnswerTarget, column: number, cell: string, isShown: boolean | null, required = true): number | null {
  const special = specialCell(cell.trim());
  if (isShown === false) return checkHidden(c, rule, t, column, cell, special === 'skip');
  if (special === 'skip') return checkSkip(c, rule, t, column, cell, isShown);
  if (special === 'empty') return required ? checkRequired(c, rule, t, column, cell, isShown) : EMPTY;
  return null;
}

/** Reports each issue of a cell at its column; UNKNOWN when there is any. */
export function reportIssues(c: RowCursor, column: number, issues: readonly { value: string; message: string }[] | null): boolean {
  if (issues === null) return false;
  for (const issue of issues) report(c, 'error', column, issue.value, issue.message);
  return true;
}

/** A choice cell names known options, by the choice-cell rules; they are stored. */
function checkChoice(c: RowCursor, rule: QuestionRule, choice: ChoiceRule, t: AnswerTarget, column: number, cell: string): number {
  if (reportIssues(c, column, readChoiceCell(choice, cell, t.picked))) return UNKNOWN;
  t.columns.setPicks(rule.number, t.k, t.picked);
  return ANSWERED;
}

/** A scale row's cell names a point (or 不适用); it is stored for row `row`. */
export function checkScale(c: RowCursor, rule: QuestionRule, t: AnswerTarget, column: number, cell: string, row: number): number {
  const point = readScaleCell(rule.scale!, cell.trim());
  if (typeof point === 'string') {
    report(c, 'error', column, cell, point);
    return UNKNOWN;
  }
  t.columns.setPoint(rule.number, t.k, row, point);
  return ANSWERED;
}

/** A ranking in one cell (`甲→乙→丙`) names known options once each, as many as the question asks; their ranks are stored. */
function checkRanking(c: RowCursor, rule: QuestionRule, t: AnswerTarget, column: number, cell: string): number {
  const ranks = t.ranks.subarray(0, rule.ranking!.matcher.texts.length);
  if (reportIssues(c, column, readRankingCell(rule.ranking!, cell, ranks))) return UNKNOWN;
  ranks.forEach((rank, option) => t.columns.setRank(rule.number, t.k, option, rank));
  return ANSWERED;
}

/** How a message names blank `j` of a count question: nothing when it has one blank. */
function whichBlank(blanks: readonly string[], j: number): string {
  return blanks.length === 1 ? '' : `第 ${j + 1} 个填空「${blanks[j]}」`;
}

/** A count cell has one number per blank (joined by `^`); an unreadable number is a warning and stored as missing. */
function checkCount(c: RowCursor, rule: QuestionRule, t: AnswerTarget, column: number, cell: string, trimmed: string): number {
  const blanks = rule.question.blanks!;
  const parts = blanks.length === 1 && !trimmed.includes('^') ? [trimmed] : trimmed.split('^');
  if (parts.length !== blanks.length) {
    report(c, 'error', column, cell, blanks.length === 1 ? '应为一个数，不应含「^」' : `应有 ${blanks.length} 个填空（${blanks.join('、')}），用「^」连接，如 3^120；这里有 ${parts.length} 个`);
    return UNKNOWN;
  }
  let status = ANSWERED;
  for (let j = 0; j < parts.length; j++) {
    const part = parts[j]!;
    if (part.trim() === '') {
      if (rule.question.required) {
        report(c, 'error', column, cell, `${whichBlank(blanks, j)}未填写；必答题的每个填空都应填写`);
        status = UNKNOWN;
      }
      continue;
    }
    const v = parseCount(part, [blanks[j]!, ...rule.blankUnits]);
    if (v === null) report(c, 'warning', column, cell, `${whichBlank(blanks, j)}「${part.trim()}」读不出一个确定的${blanks[j]}（应为整数，如 200、约200、200人、50-60）；按缺失处理`);
    else t.columns.setCount(rule.number, t.k, j, v);
  }
  return status;
}

/** Checks question `rule`'s cell of the current row against every rule that applies, stores what it reads and returns its status. */
export function checkAnswer(c: RowCursor, rule: QuestionRule, t: AnswerTarget, column: number, cell: string): number {
  if (t.undecodable && !checkDecodable(c, column, cell)) return UNKNOWN;
  const gated = gateCell(c, rule, t, column, cell, shown(rule, t));
  if (gated !== null) return gated;
  if (rule.choice !== null) return checkChoice(c, rule, rule.choice, t, column, cell);
  if (rule.question.type === 'count') return checkCount(c, rule, t, column, cell, cell.trim());
  if (rule.scale !== null) return checkScale(c, rule, t, column, cell, 0);
  if (rule.ranking !== null) return checkRanking(c, rule, t, column, cell);
  return ANSWERED;
}
