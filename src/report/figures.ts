/**
 * The report's figures over its validated dataset: what components, downloads
 * and statements print, each computed at most once per report. Presenting code
 * reads figures from here and never calls the analysis itself.
 */
import { frequencyTable, optionCounts, type FrequencyTable } from '../survey/analysis/frequencyTable.ts';
import { correlationMatrix, pairwise, type CorrelationMatrix } from '../survey/analysis/correlationMatrix.ts';
import { indexMeansAtStageVersusRest, indexMeansByStage, type IndexValues, type StageMeans } from '../survey/analysis/indexMeansByStage.ts';
import { namesAtStage } from '../survey/analysis/namesAtStage.ts';
import { shareSelectingAtLeast } from '../survey/analysis/shareSelectingAtLeast.ts';
import { countValues } from '../survey/analysis/countValues.ts';
import { formatPercent } from '../survey/analysis/formatPercent.ts';
import { cronbachAlpha, type CronbachAlpha } from '../survey/analysis/cronbachAlpha.ts';
import { matrixChoiceTable, type MatrixChoiceTable } from '../survey/analysis/matrixChoiceTable.ts';
import { rankByPosition, type RankByPosition } from '../survey/analysis/rankByPosition.ts';
import { rankingAverageScore } from '../survey/analysis/rankingAverageScore.ts';
import { rankingMeanRank } from '../survey/analysis/rankingMeanRank.ts';
import { scaleDistribution, type ScaleDistribution } from '../survey/analysis/scaleDistribution.ts';
import { scaleMean, type ScaleMean } from '../survey/analysis/scaleMean.ts';
import { topBoxShare } from '../survey/analysis/topBoxShare.ts';
import { netPromoterScore, type NetPromoterScore } from '../survey/analysis/netPromoterScore.ts';
import { closedQuestions, gridQuestions, questionScaleItems, scaleQuestion, scaleRows } from '../survey/questionnaire.ts';
import type { Dataset } from '../survey/types.ts';

/** One row of a scale question (a scale question has one): its answers and scores. */
export interface ScaleRowFigures extends ScaleMean {
  /** The row's text (a scale question's own text). */
  text: string;
  reverse: boolean;
  distribution: ScaleDistribution;
  /** Top-2-box: of the responses scoring the row, how many chose one of the two highest-scoring points. */
  topBox: { count: number; n: number; share: number };
}

/** A scale or matrix scale question: every row, and Cronbach's α over its rows (null with one row). */
export interface ScaleFigures {
  question: number;
  rows: ScaleRowFigures[];
  alpha: CronbachAlpha | null;
  /** A recommendation question's (`nps: true`) promoters, detractors and Net Promoter Score; null for any other scale. */
  nps: NetPromoterScore | null;
}

/** A ranking question: who put each option where, and the platform's two summaries. */
export interface RankingFigures extends RankByPosition {
  /** 平均综合得分 per option, in questionnaire order (higher is better). */
  averageScore: number[];
  /** 综合排名 per option: Σ position × share (smaller is better). */
  meanRank: number[];
}

export interface ReportFigures {
  /** How many responses are counted. */
  total: number;
  /** File name of the response file (no directories: the site must not reveal local paths). */
  fileName: string;
  /** Closed questions, in questionnaire order: the ones with a frequency table. */
  closedQuestions: readonly number[];
  /** Scale, matrix and ranking questions, in questionnaire order: the ones with a table of rows or ranks. */
  gridQuestions: readonly number[];
  table(question: number): FrequencyTable;
  /** How many chose option `option` (its position) of a choice question, `其他` included. */
  optionCount(question: number, option: number): number;
  /** Respondents selecting at least `min` options of `question`: how many, their share, and the share as printed. */
  shareAtLeast(question: number, min: number): { count: number; share: number; percent: string };
  /** The readable numbers typed into blank `blank` (its position) of a count question. */
  countValues(question: number, blank: number): number[];
  correlation: CorrelationMatrix;
  /** Every pairwise correlation of the indices, in matrix order. */
  correlationPairs: readonly number[];
  stageMeans: readonly StageMeans[];
  /** Index means of the respondents at stage option `stage` (its position) and of the rest. */
  stageVersusRest(stage: number): { at: IndexValues; rest: IndexValues };
  /** Named respondents at stage option `stage`, in the report's order of names. */
  namesAt(stage: number): string[];
  scale(question: number): ScaleFigures;
  ranking(question: number): RankingFigures;
  matrix(question: number): MatrixChoiceTable;
}

/** A value computed on first use and kept. */
function once<T>(compute: () => T): () => T {
  let done: { value: T } | undefined;
  return () => (done ??= { value: compute() }).value;
}

/** A function of a number computed once per argument. */
function perKey<T>(compute: (key: number) => T): (key: number) => T {
  const seen = new Map<number, T>();
  return (key) => {
    if (!seen.has(key)) seen.set(key, compute(key));
    return seen.get(key)!;
  };
}

function scaleFigures(dataset: Dataset, question: number): ScaleFigures {
  const q = scaleQuestion(dataset.questionnaire, question);
  const rows = scaleRows(q).map((r, row) => ({
    text: r.text,
    reverse: r.reverse === true,
    distribution: scaleDistribution(dataset, question, row),
    topBox: topBoxShare(dataset, question, row),
    ...scaleMean(dataset, question, row),
  }));
  return {
    question,
    rows,
    alpha: rows.length < 2 ? null : cronbachAlpha(dataset, questionScaleItems(dataset.questionnaire, question)),
    nps: q.nps ? netPromoterScore(dataset, question) : null,
  };
}

/** The figures of a validated dataset, with `nameOrder` the report's order of named respondents. */
export function reportFigures(dataset: Dataset, nameOrder: readonly string[]): ReportFigures {
  const counts = perKey((q) => optionCounts(dataset, q));
  const correlation = once(() => correlationMatrix(dataset));
  const stageMeans = once(() => indexMeansByStage(dataset));
  const total = dataset.size;
  return {
    total,
    fileName: dataset.file.split(/[\\/]/).pop()!,
    closedQuestions: closedQuestions(dataset.questionnaire),
    gridQuestions: gridQuestions(dataset.questionnaire),
    table: perKey((q) => frequencyTable(dataset, q)),
    optionCount: (q, option) => counts(q)[option]!,
    shareAtLeast(q, min) {
      const { count, share } = shareSelectingAtLeast(dataset, q, min);
      return { count, share, percent: total === 0 ? '0%' : formatPercent(count, total) };
    },
    countValues: (q, blank) => countValues(dataset, q, blank),
    get correlation() {
      return correlation();
    },
    get correlationPairs() {
      return pairwise(correlation());
    },
    get stageMeans() {
      return stageMeans();
    },
    stageVersusRest: perKey((stage) => indexMeansAtStageVersusRest(dataset, stage)),
    namesAt: (stage) => namesAtStage(dataset, stage, nameOrder),
    scale: perKey((q) => scaleFigures(dataset, q)),
    ranking: perKey((q) => ({ ...rankByPosition(dataset, q), averageScore: rankingAverageScore(dataset, q), meanRank: rankingMeanRank(dataset, q) })),
    matrix: perKey((q) => matrixChoiceTable(dataset, q)),
  };
}
