/** Ranks and short listings of a question's options, shared by the statement kinds. */
import type { OptionFigure } from './data.ts';
import { chineseNumeral } from '../wording/numerals.ts';

/** The options from most to least chosen (ties keep the frequency table's order). */
export function byCount(rows: readonly OptionFigure[]): OptionFigure[] {
  return [...rows].sort((a, b) => b.count - a.count);
}

/**
 * Whether `row` is among the `k` most chosen whatever order ties take: at most
 * `k` options (itself included) were chosen at least as often. An option tied
 * across the boundary is therefore not inside it.
 */
export function withinTop(rows: readonly OptionFigure[], row: OptionFigure, k: number): boolean {
  return rows.filter((r) => r.count >= row.count).length <= k;
}

/** Whether `row` is among the `k` least chosen whatever order ties take (see withinTop). */
export function withinBottom(rows: readonly OptionFigure[], row: OptionFigure, k: number): boolean {
  return rows.filter((r) => r.count <= row.count).length <= k;
}

/** The first `k` of `sorted`, and any that tie with the k-th. */
export function firstWithTies(sorted: readonly OptionFigure[], k: number): OptionFigure[] {
  const last = sorted[Math.min(k, sorted.length) - 1];
  return sorted.filter((r, i) => i < k || (last !== undefined && r.count === last.count));
}

/** An option's label cut before its explanation ("甲，并乙" → "甲…", "甲（如乙）" → "甲"). */
/** "甲现为第 3 位", with a space after a name ending in a Latin letter or digit ("Python 现为第 3 位"), as the rest of the output spaces them. */
export function nowAt(row: OptionFigure, place: string): string {
  const name = shortName(row);
  return `${name}${/[A-Za-z0-9]$/.test(name) ? ' ' : ''}现为${place}`;
}

export function shortName(row: OptionFigure): string {
  const label = row.label;
  const paren = label.search(/[（(]/);
  if (paren > 0) return label.slice(0, paren);
  const comma = label.indexOf('，');
  return comma > 0 ? `${label.slice(0, comma)}…` : label;
}

/** "甲（110）、乙（109）". */
export function withCounts(rows: readonly OptionFigure[]): string {
  return rows.map((r) => `${shortName(r)}（${r.count}）`).join('、');
}

/** An option's rank: 1 + how many were chosen more often (or, `fromBottom`, less often); tied options share a rank. */
export function rankOf(rows: readonly OptionFigure[], row: OptionFigure, fromBottom = false): number {
  return 1 + rows.filter((r) => (fromBottom ? r.count < row.count : r.count > row.count)).length;
}

/** "第 3 位" or, when others share its count, "并列第 3 位". */
export function placeOf(rows: readonly OptionFigure[], row: OptionFigure, fromBottom = false): string {
  const tied = rows.filter((r) => r.count === row.count).length > 1;
  return `${tied ? '并列' : ''}${fromBottom ? '倒数' : ''}第 ${rankOf(rows, row, fromBottom)} 位`;
}

/**
 * What the k most (or least) chosen are now: "第 10 题前三位现为：甲（110）、乙（109）、丙（106）",
 * with any option tied with the k-th listed and the tie said.
 */
export function endNow(question: number, rows: readonly OptionFigure[], k: number, fromBottom: boolean): string {
  // Ties keep the table's order from either end.
  const sorted = fromBottom ? [...rows].sort((a, b) => a.count - b.count) : byCount(rows);
  const listed = firstWithTies(sorted, k);
  const which = k === 1 ? (fromBottom ? '选择最少的' : '选择最多的') : `${fromBottom ? '后' : '前'}${chineseNumeral(k)}位`;
  const tie = listed.length > k ? `（第 ${k} 位与第 ${k + 1} 位并列）` : '';
  return `第 ${question} 题${which}现为：${withCounts(listed)}${tie}`;
}
