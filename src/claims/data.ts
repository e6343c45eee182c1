/**
 * What statements read from the data: one adapter over the report, so the
 * statement kinds never touch the data layer's shapes directly.
 */
import type { Report } from '../report/report.ts';
import { choiceQuestion, findOption, isScale, question as questionOf } from '../survey/questionnaire.ts';
import type { FigureSource } from '../wording/inlineFigures.ts';
import { optionChange, type OptionChange } from '../series/optionChange.ts';
import { notInSeries } from '../series/editionContext.ts';

export type { OptionFigure } from '../wording/inlineFigures.ts';

/** The figures statements are checked against: the inline figures' and a few more. */
export interface ClaimData extends FigureSource {
  /** The measure word a count of respondents takes (`12 家`). */
  measureWord: string;
  /** The question's text, for headings. */
  questionText(question: number): string;
  /** The readable numbers typed into one blank of a count question. */
  countValues(question: number, blank: string): number[];
  /** A scale question's rows (one for a scale question): text, mean score, and top-2-box count of the `n` who scored it. */
  scaleRows(question: number): ScaleRowFigure[];
  /** A ranking question's options with their 平均综合得分, in questionnaire order. */
  rankingScores(question: number): { text: string; score: number }[];
  /** The change of an option since an earlier edition of the series (default: the previous one), or why there is none. */
  optionChange(question: number, option: string, since?: string): OptionChange | string;
}

export interface ScaleRowFigure {
  text: string;
  mean: number;
  n: number;
  topBox: number;
}

/** The claim figures of a report. */
export function claimData(report: Report): ClaimData {
  return {
    total: report.total,
    measureWord: report.meta.measureWord,
    options: (q) => report.table(q).rows,
    optionCount(q, text) {
      const i = findOption(choiceQuestion(report.questionnaire, q), text);
      return i < 0 ? undefined : report.optionCount(q, i);
    },
    questionText: (q) => questionOf(report.questionnaire, q).text,
    countValues(q, blank) {
      const blanks = questionOf(report.questionnaire, q).blanks;
      if (!blanks) throw new Error(`第 ${q} 题不是填写人数的题目`);
      const i = blanks.indexOf(blank);
      if (i < 0) throw new Error(`第 ${q} 题没有空格「${blank}」；可用：${blanks.map((b) => `「${b}」`).join('、')}`);
      return report.countValues(q, i);
    },
    choosingAtLeast: (q, n) => report.shareAtLeast(q, n),
    scaleRows(q) {
      if (!isScale(questionOf(report.questionnaire, q))) throw new Error(`第 ${q} 题不是量表题`);
      return report.scale(q).rows.map((r) => ({ text: r.text, mean: r.mean, n: r.n, topBox: r.topBox.count }));
    },
    optionChange(q, option, since) {
      if (!report.edition) return notInSeries;
      return optionChange(report.edition, q, option, since);
    },
    rankingScores(q) {
      if (questionOf(report.questionnaire, q).type !== 'ranking') throw new Error(`第 ${q} 题不是排序题`);
      const r = report.ranking(q);
      return r.options.map((text, i) => ({ text, score: r.averageScore[i]! }));
    },
  };
}
