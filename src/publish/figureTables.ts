/**
 * The tables of scale, ranking and matrix questions as rows of printed cells:
 * one shape for the page and for the CSV download, so the two never differ.
 */
import type { MatrixChoiceTable } from '../survey/analysis/matrixChoiceTable.ts';
import type { RankingFigures, ScaleFigures } from '../report/figures.ts';
import { percentOrDash, twoDecimals } from '../wording/decimals.ts';

export interface GridTable {
  /** Column headings after the row heading's. */
  columns: string[];
  rows: { heading: string; cells: string[] }[];
}

/** A scale point as printed: its label, with its score where the label is not the score itself (`满意（4）`, but `9`). */
export function pointLabel(p: { label: string; score: number }): string {
  return p.label === String(p.score) ? p.label : `${p.label}（${p.score}）`;
}

/** The points of a scale question, lowest score first (the order of its table and chart). */
export function pointsByScore(s: ScaleFigures): number[] {
  return s.rows[0]!.distribution.points.map((p, i) => ({ i, score: p.score })).sort((a, b) => a.score - b.score).map((p) => p.i);
}

/**
 * A scale question (`single`: a scale, one row; else a matrix scale): per row the share of each point among the responses that
 * scored it, then 不适用 (a count), how many scored it, mean, SD and the
 * top-2-box share.
 */
export function scaleGrid(s: ScaleFigures, single: boolean): GridTable {
  const order = pointsByScore(s);
  const first = s.rows[0]!.distribution;
  const na = first.notApplicable;
  return {
    columns: [...order.map((i) => pointLabel(first.points[i]!)), ...(na ? [`${na.label}（人数）`] : []), '有效回答', '均值', '标准差', '前两项占比'],
    rows: s.rows.map((r) => ({
      // A scale question's one row is the question itself, already the table's title.
      heading: single ? '全部回答' : r.reverse ? `${r.text}（反向计分）` : r.text,
      cells: [
        ...order.map((i) => percentOrDash(r.distribution.points[i]!.count, r.n)),
        ...(na ? [String(r.distribution.notApplicable!.count)] : []),
        String(r.n),
        twoDecimals(r.mean),
        twoDecimals(r.sd),
        percentOrDash(r.topBox.count, r.topBox.n),
      ],
    })),
  };
}

/** The options of a ranking question, best 平均综合得分 first (ties in questionnaire order). */
export function rankingOrder(r: RankingFigures): number[] {
  return r.options.map((_, i) => i).sort((a, b) => (r.averageScore[b]! - r.averageScore[a]!) || a - b);
}

/** A ranking question: per option (best first) its 平均综合得分, 综合排名, and how many put it at each position. */
export function rankingGrid(r: RankingFigures): GridTable {
  return {
    columns: ['平均综合得分', '综合排名', ...Array.from({ length: r.positions }, (_, p) => `第 ${p + 1} 位`)],
    rows: rankingOrder(r).map((i) => ({
      heading: r.options[i]!,
      cells: [twoDecimals(r.averageScore[i]!), twoDecimals(r.meanRank[i]!), ...r.counts[i]!.map(String)],
    })),
  };
}

/** A matrix choice question: per row, each option's count and share of the row's answers, then how many answered it. */
export function matrixGrid(m: MatrixChoiceTable): GridTable {
  return {
    columns: [...m.options, '回答人数'],
    rows: m.rows.map((heading, r) => ({
      heading,
      cells: [...m.counts[r]!.map((c) => `${c}（${percentOrDash(c, m.answered[r]!)}）`), String(m.answered[r]!)],
    })),
  };
}
