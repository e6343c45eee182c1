/**
 * The report's figures, computed once per build from the response file.
 * Components read everything they print from here; nothing is typed by hand.
 */
import { libraryOrderPath, reportDataPath } from './paths.ts';
import { loadDataset, formatProblems } from '../survey/loadDataset.ts';
import { readLibraryOrder } from '../survey/read/readLibraryOrder.ts';
import { frequencyTable, type FrequencyTable } from '../survey/analysis/frequencyTable.ts';
import { compositeIndices } from '../survey/analysis/compositeIndices.ts';
import { correlationMatrix, type CorrelationMatrix } from '../survey/analysis/correlationMatrix.ts';
import { indexMeansByStage, type StageMeans } from '../survey/analysis/indexMeansByStage.ts';
import { librariesAtStage } from '../survey/analysis/librariesAtStage.ts';
import { shareSelectingAtLeast } from '../survey/analysis/shareOfLibraries.ts';
import { optionIndex, questionnaire, stageQuestion } from '../survey/questionnaire.ts';
import type { Dataset } from '../survey/types.ts';

export interface Report {
  dataset: Dataset;
  /** File name of the response file (no directories: the site must not reveal local paths). */
  fileName: string;
  total: number;
  table(question: number): FrequencyTable;
  correlation: CorrelationMatrix;
  stageMeans: StageMeans[];
  /** Share of libraries selecting at least `min` options of `question`. */
  shareAtLeast(question: number, min: number): { count: number; share: number };
  /** Libraries at a stage of the stage question, in the report's order. */
  librariesAt(stageOption: string): string[];
}

async function buildReport(): Promise<Report> {
  const loaded = await loadDataset(reportDataPath());
  if (!loaded.ok) throw new Error(`数据文件未通过校验：\n${formatProblems(loaded.errors)}`);
  return reportFrom(loaded.dataset, await readLibraryOrder(libraryOrderPath()));
}

/** The report's figures for a validated dataset and the library order (for commands that read a file of their choosing). */
export function reportFrom(dataset: Dataset, order: string[]): Report {
  const tables = new Map<number, FrequencyTable>();
  const fileName = dataset.file.split(/[\\/]/).pop()!;
  return {
    dataset,
    fileName,
    total: dataset.responses.length,
    table(question) {
      let t = tables.get(question);
      if (!t) tables.set(question, (t = frequencyTable(dataset.responses, question)));
      return t;
    },
    correlation: correlationMatrix(dataset.responses.map(compositeIndices)),
    stageMeans: indexMeansByStage(dataset.responses),
    shareAtLeast: (question, min) => shareSelectingAtLeast(dataset.responses, question, min),
    librariesAt: (stageOption) => librariesAtStage(dataset.responses, optionIndex(stageQuestion.number, stageOption), order),
  };
}

let report: Promise<Report> | undefined;

/** The report for this build (computed on first use). */
export function getReport(): Promise<Report> {
  return (report ??= buildReport());
}

/** Closed questions, in questionnaire order: the ones with a frequency table. */
export const closedQuestions: number[] = questionnaire.questions.filter((q) => q.options).map((q) => q.number);
