/**
 * The rules for a question whose answer takes several columns of a row: a
 * matrix (one column per row) or a ranking written one column per option.
 * Each cell passes the same skip, `(跳过)` and required rules as a
 * one-column question's; the question's status is then what its cells add up to.
 */
import { ANSWERED, checkDecodable, checkScale, EMPTY, gateCell, reportIssues, shown, SKIPPED, UNKNOWN, type AnswerTarget } from './answerRules.ts';
import { readChoiceCell } from './choiceCell.ts';
import type { QuestionRule } from './questionRules.ts';
import { checkRanks, parseRank, rankBeyondLimit } from './rankingCell.ts';
import { report, type RowCursor } from './rowCursor.ts';

/** The status of a question from its cells': unknown if any is, answered if any is, skipped if all are, else empty. */
function combined(statuses: readonly number[]): number {
  if (statuses.includes(UNKNOWN)) return UNKNOWN;
  if (statuses.includes(ANSWERED)) return ANSWERED;
  return statuses.every((s) => s === SKIPPED) ? SKIPPED : EMPTY;
}

/** A matrix row's cell: a scale point, or options by the choice-cell rules; stored for row `row`. */
function checkRow(c: RowCursor, rule: QuestionRule, t: AnswerTarget, column: number, cell: string, row: number): number {
  if (rule.scale !== null) return checkScale(c, rule, t, column, cell, row);
  if (reportIssues(c, column, readChoiceCell(rule.choice!, cell, t.picked))) return UNKNOWN;
  t.columns.setRowPicks(rule.number, t.k, row, t.picked);
  return ANSWERED;
}

/** Checks a matrix question's row cells (`columns[j]`: row j's column) and returns the question's status. */
export function checkMatrix(c: RowCursor, rule: QuestionRule, t: AnswerTarget, columns: Int32Array, cells: readonly string[]): number {
  const isShown = shown(rule, t);
  const statuses = Array.from(columns, (column, row) => {
    const cell = cells[column]!;
    if (t.undecodable && !checkDecodable(c, column, cell)) return UNKNOWN;
    return gateCell(c, rule, t, column, cell, isShown) ?? checkRow(c, rule, t, column, cell, row);
  });
  return combined(statuses);
}

/**
 * Checks a ranking written one column per option (`columns[i]`: option i's
 * column, holding its rank or nothing) and returns the question's status.
 * Unranked options' cells are empty, so only a ranking with no rank at all is
 * an unanswered question.
 */
export function checkRankColumns(c: RowCursor, rule: QuestionRule, t: AnswerTarget, columns: Int32Array, cells: readonly string[]): number {
  const ranking = rule.ranking!;
  const isShown = shown(rule, t);
  const ranks = t.ranks.subarray(0, columns.length);
  ranks.fill(0);
  const statuses = Array.from(columns, (column, option) => {
    const cell = cells[column]!;
    if (t.undecodable && !checkDecodable(c, column, cell)) return UNKNOWN;
    const gated = gateCell(c, rule, t, column, cell, isShown, false);
    if (gated !== null) return gated;
    const rank = parseRank(cell.trim());
    if (rank === null) {
      report(c, 'error', column, cell, `应为选项「${ranking.matcher.texts[option]}」的名次：1–${ranking.limit} 的整数，没有排到时留空`);
      return UNKNOWN;
    }
    const beyond = rankBeyondLimit(ranking, rank);
    if (beyond !== null) {
      report(c, 'error', column, cell, beyond);
      return UNKNOWN;
    }
    ranks[option] = rank;
    return ANSWERED;
  });
  const status = combined(statuses);
  if (status === EMPTY && rule.question.required && isShown !== null) {
    report(c, 'error', columns[0]!, cells[columns[0]!]!, '必答题未作答：本题没有任何选项的名次');
    return UNKNOWN;
  }
  if (status !== ANSWERED) return status;
  const issues = checkRanks(ranking, ranks);
  if (issues !== null) {
    for (const issue of issues) report(c, 'error', columns[issue.option]!, cells[columns[issue.option]!]!, issue.message);
    return UNKNOWN;
  }
  ranks.forEach((rank, option) => t.columns.setRank(rule.number, t.k, option, rank));
  return ANSWERED;
}
