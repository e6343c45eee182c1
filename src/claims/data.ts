/**
 * What statements read from the data: one adapter over the site's Report, so
 * the statement kinds never touch the data layer's shapes directly.
 */
import type { Report } from '../report/figures.ts';
import { formatPercent } from '../survey/analysis/formatPercent.ts';
import { choiceQuestion, findOption, question as questionOf } from '../survey/questionnaire.ts';
import { optionCounts } from '../survey/analysis/frequencyTable.ts';
import { countValues } from '../survey/analysis/countValues.ts';

/** One option of a choice question with its figures. */
export interface OptionFigure {
  /** The option's text in the questionnaire. */
  text: string;
  /** What the report prints for it. */
  label: string;
  count: number;
  share: number;
  /** The share as the report prints it. */
  percent: string;
}

/** The figures statements are checked against. */
export interface ClaimData {
  total: number;
  /** The ranked options of a choice question (its frequency table's rows, `其他` left out). */
  options(question: number): readonly OptionFigure[];
  /** How many chose the option `text` (questionnaire text or label) of a choice question, `其他` included, as `<Count>` prints it; undefined when it has none. */
  optionCount(question: number, text: string): number | undefined;
  /** The question's text, for headings. */
  questionText(question: number): string;
  /** The readable numbers typed into one blank of a count question. */
  countValues(question: number, blank: string): number[];
  /** How many libraries chose at least `n` options of a question, and their share. */
  choosingAtLeast(question: number, n: number): { count: number; percent: string; share: number };
}

/** The claim figures of a report. */
export function claimData(report: Report): ClaimData {
  return {
    total: report.total,
    options: (q) => report.table(q).rows,
    optionCount(q, text) {
      const i = findOption(choiceQuestion(report.questionnaire, q), text);
      return i < 0 ? undefined : optionCounts(report.dataset, q)[i];
    },
    questionText: (q) => questionOf(report.questionnaire, q).text,
    countValues(q, blank) {
      const blanks = questionOf(report.questionnaire, q).blanks;
      if (!blanks) throw new Error(`第 ${q} 题不是填写人数的题目`);
      const i = blanks.indexOf(blank);
      if (i < 0) throw new Error(`第 ${q} 题没有空格「${blank}」；可用：${blanks.map((b) => `「${b}」`).join('、')}`);
      return countValues(report.dataset, q, i);
    },
    choosingAtLeast(q, n) {
      const { count, share } = report.shareAtLeast(q, n);
      return { count, share, percent: report.total === 0 ? '0%' : formatPercent(count, report.total) };
    },
  };
}
