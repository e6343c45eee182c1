/**
 * The report's figures, computed from the report's questionnaire and response
 * file (once per build; again in `astro dev` whenever an input file changes).
 * Components read everything they print from here; nothing is typed by hand.
 */
import { dataDescriptionPath, libraryOrderPath, questionnairePath, reportDataPath } from './folder.ts';
import { memoOnFiles } from './memoOnFiles.ts';
import { readDataDescription, type DataDescription } from './dataDescription.ts';
import { loadReportDataset } from './loadReport.ts';
import { readLibraryOrder } from '../survey/read/readLibraryOrder.ts';
import { frequencyTable, type FrequencyTable } from '../survey/analysis/frequencyTable.ts';
import { correlationMatrix, type CorrelationMatrix } from '../survey/analysis/correlationMatrix.ts';
import { indexMeansByStage, type StageMeans } from '../survey/analysis/indexMeansByStage.ts';
import { librariesAtStage } from '../survey/analysis/librariesAtStage.ts';
import { shareSelectingAtLeast } from '../survey/analysis/shareOfLibraries.ts';
import { closedQuestions, type Questionnaire } from '../survey/questionnaire.ts';
import type { Dataset } from '../survey/types.ts';

export interface Report {
  dataset: Dataset;
  questionnaire: Questionnaire;
  /** File name of the response file (no directories: the site must not reveal local paths). */
  fileName: string;
  /** What the maintainer says the file is; null when the file has no description (the site then claims nothing about it). */
  description: DataDescription | null;
  total: number;
  /** Closed questions, in questionnaire order: the ones with a frequency table. */
  closedQuestions: number[];
  table(question: number): FrequencyTable;
  correlation: CorrelationMatrix;
  stageMeans: StageMeans[];
  /** Share of respondents selecting at least `min` options of `question`. */
  shareAtLeast(question: number, min: number): { count: number; share: number };
  /** Named respondents at stage option `stage` (its position in the stage question), in the report's order. */
  librariesAt(stage: number): string[];
}

/** An input file that does not validate; `name` and `loc` make the dev overlay title it and show the file at the first problem. */
function inputError(name: string, message: string, file: string, line = 1): Error {
  return Object.assign(new Error(message), { name, loc: { file, line, column: 1 } });
}

async function buildReport(): Promise<Report> {
  const path = reportDataPath();
  const loaded = await loadReportDataset(path);
  if (!loaded.ok) throw inputError(loaded.input === 'questionnaire' ? '调查表文件有误' : '数据文件有误', loaded.message, loaded.file, loaded.line);
  const described = readDataDescription(path);
  if (!described.ok) throw inputError('数据说明文件有误', `数据说明文件未通过校验：\n${described.errors.join('\n')}`, dataDescriptionPath(path));
  return reportFrom(loaded.dataset, await readLibraryOrder(libraryOrderPath()), described.description);
}

/** The report's figures for a validated dataset, the library order and the data's description (for commands that read a file of their choosing). */
export function reportFrom(dataset: Dataset, order: string[], description: DataDescription | null = null): Report {
  const { questionnaire } = dataset;
  const tables = new Map<number, FrequencyTable>();
  const fileName = dataset.file.split(/[\\/]/).pop()!;
  return {
    dataset,
    questionnaire,
    fileName,
    description,
    total: dataset.size,
    closedQuestions: closedQuestions(questionnaire),
    table(question) {
      let t = tables.get(question);
      if (!t) tables.set(question, (t = frequencyTable(dataset, question)));
      return t;
    },
    correlation: correlationMatrix(dataset),
    stageMeans: indexMeansByStage(dataset),
    shareAtLeast: (question, min) => shareSelectingAtLeast(dataset, question, min),
    librariesAt: (stage) => librariesAtStage(dataset, stage, order),
  };
}

/** Every file the report is computed from: `astro dev` watches these. */
export function reportInputFiles(): string[] {
  const data = reportDataPath();
  return [data, dataDescriptionPath(data), libraryOrderPath(), questionnairePath()];
}

/** The report of the current input files (computed on first use, and again after one of them changes). */
export const getReport: () => Promise<Report> = memoOnFiles(reportInputFiles, buildReport);
