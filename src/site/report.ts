/**
 * The report's figures, computed once per build from the report's
 * questionnaire and response file. Components read everything they print
 * from here; nothing is typed by hand.
 */
import { libraryOrderPath, questionnairePath, reportDataPath } from './paths.ts';
import { loadDataset, formatProblems } from '../survey/loadDataset.ts';
import { formatQuestionnaireProblems, loadQuestionnaire } from '../survey/loadQuestionnaire.ts';
import { readLibraryOrder } from '../survey/read/readLibraryOrder.ts';
import { frequencyTable, type FrequencyTable } from '../survey/analysis/frequencyTable.ts';
import { correlationMatrix, type CorrelationMatrix } from '../survey/analysis/correlationMatrix.ts';
import { indexMeansByStage, type StageMeans } from '../survey/analysis/indexMeansByStage.ts';
import { librariesAtStage } from '../survey/analysis/librariesAtStage.ts';
import { shareSelectingAtLeast } from '../survey/analysis/shareOfLibraries.ts';
import { closedQuestions, optionIndex, stageQuestion, type Questionnaire } from '../survey/questionnaire.ts';
import type { Dataset } from '../survey/types.ts';

export interface Report {
  dataset: Dataset;
  questionnaire: Questionnaire;
  /** File name of the response file (no directories: the site must not reveal local paths). */
  fileName: string;
  total: number;
  /** Closed questions, in questionnaire order: the ones with a frequency table. */
  closedQuestions: number[];
  table(question: number): FrequencyTable;
  correlation: CorrelationMatrix;
  stageMeans: StageMeans[];
  /** Share of libraries selecting at least `min` options of `question`. */
  shareAtLeast(question: number, min: number): { count: number; share: number };
  /** Libraries at a stage of the stage question, in the report's order. */
  librariesAt(stageOption: string): string[];
}

async function buildReport(): Promise<Report> {
  const qn = loadQuestionnaire(questionnairePath());
  if (!qn.ok) throw new Error(formatQuestionnaireProblems(qn.problems));
  const questionnaire = qn.questionnaire;
  const path = reportDataPath();
  const loaded = await loadDataset(path, questionnaire);
  if (!loaded.ok) throw new Error(`数据文件未通过校验：\n${formatProblems(loaded.errors)}`);
  const { dataset } = loaded;
  const order = await readLibraryOrder(libraryOrderPath());
  const tables = new Map<number, FrequencyTable>();
  const fileName = path.split(/[\\/]/).pop()!;
  return {
    dataset,
    questionnaire,
    fileName,
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
    librariesAt(stageOption) {
      const stage = stageQuestion(questionnaire);
      if (stage === undefined) throw new Error('问卷没有开展阶段题（role 为 stage 的题），不能列出某阶段的图书馆');
      return librariesAtStage(dataset, optionIndex(questionnaire, stage.number, stageOption), order);
    },
  };
}

let report: Promise<Report> | undefined;

/** The report for this build (computed on first use). */
export function getReport(): Promise<Report> {
  return (report ??= buildReport());
}
