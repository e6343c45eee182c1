/**
 * The change of one option of a question between an earlier edition and
 * this one, as `<Change>` prints it and `<Changed>` checks it; or why there is
 * none (no such option, edition or link), in words for an error message.
 */
import type { EditionContext } from './editionContext.ts';
import { questionTrend, trendChange, type TrendChange } from './trend.ts';

export interface OptionChange {
  change: TrendChange;
  /** The labels of the two editions compared. */
  from: string;
  to: string;
  /** Whether the question's wording changed between them. */
  reworded: boolean;
}

/** The change of option `option` of question `question` since edition `since` (default: the previous one). */
export function optionChange(context: EditionContext, question: number, option: string, since?: string): OptionChange | string {
  const trend = questionTrend(context, question);
  if (trend.editions.length < 2) return `第 ${question} 题与上一版没有对应的题目，不能比较`;
  const to = trend.editions.length - 1;
  const from = since === undefined ? to - 1 : trend.editions.findIndex((e) => e.id === since);
  if (from < 0 || from === to) return `第 ${question} 题可比较的版本有：${trend.editions.slice(0, -1).map((e) => `「${e.id}」`).join('、')}；这里是「${since}」`;
  const row = trend.rows.find((r) => r.cells[to]?.text === option);
  if (!row) return `第 ${question} 题没有选项「${option}」；可用的有：${trend.rows.filter((r) => r.cells[to]).map((r) => `「${r.text}」`).join('、')}`;
  const change = trendChange(row, from, to);
  if (!change) return `第 ${question} 题的选项「${option}」在${trend.editions[from]!.label}中没有对应的选项，不能比较`;
  return { change, from: trend.editions[from]!.label, to: trend.editions[to]!.label, reworded: trend.editions.slice(from + 1).some((e) => e.reworded) };
}
