/** Claim figures from plain numbers, so a statement kind can be tested on counts chosen for the case. */
import type { ClaimData, OptionFigure, ScaleRowFigure } from '../../src/claims/data.ts';
import { formatPercent } from '../../src/survey/analysis/formatPercent.ts';

export interface FakeFigures {
  total: number;
  /** Per question: option text → count, in frequency-table order. */
  options?: Record<number, Record<string, number>>;
  /** `题号:空格` → the numbers typed. */
  counts?: Record<string, number[]>;
  /** `题号:n` → how many libraries chose at least n options. */
  breadth?: Record<string, number>;
  /** Per scale question: its rows. */
  scales?: Record<number, ScaleRowFigure[]>;
  /** Per ranking question: option text → 平均综合得分. */
  rankings?: Record<number, Record<string, number>>;
}

/** ClaimData answering from `figures`; unknown questions throw as the data layer does. */
export function fakeData(figures: FakeFigures): ClaimData {
  const { total } = figures;
  const figure = (text: string, count: number): OptionFigure => ({ text, label: text, count, share: count / total, percent: formatPercent(count, total) });
  return {
    total,
    measureWord: '家',
    options(q) {
      const o = figures.options?.[q];
      if (!o) throw new Error(`问卷没有第 ${q} 题`);
      return Object.entries(o).map(([text, count]) => figure(text, count));
    },
    optionCount: (q, text) => figures.options?.[q]?.[text],
    questionText: (q) => `第${q}题题干`,
    optionChange: () => '只能用在报告系列的某一版中',
    countValues(q, blank) {
      const v = figures.counts?.[`${q}:${blank}`];
      if (!v) throw new Error(`第 ${q} 题没有空格「${blank}」`);
      return v;
    },
    scaleRows(q) {
      const rows = figures.scales?.[q];
      if (!rows) throw new Error(`第 ${q} 题不是量表题`);
      return rows;
    },
    rankingScores(q) {
      const r = figures.rankings?.[q];
      if (!r) throw new Error(`第 ${q} 题不是排序题`);
      return Object.entries(r).map(([text, score]) => ({ text, score }));
    },
    choosingAtLeast(q, n) {
      const count = figures.breadth?.[`${q}:${n}`];
      if (count === undefined) throw new Error(`问卷没有第 ${q} 题`);
      return { count, share: count / total, percent: formatPercent(count, total) };
    },
  };
}
