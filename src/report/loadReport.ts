/**
 * A response file validated against the report's own questionnaire, for the
 * build and the commands that read a file of the maintainer's choosing
 * (check-claims, compare-data): the dataset, or one message saying what is wrong.
 */
import { formatProblems, loadDataset } from '../survey/loadDataset.ts';
import { formatQuestionnaireProblems, loadQuestionnaire } from '../survey/loadQuestionnaire.ts';
import type { Dataset } from '../survey/types.ts';
import { questionnairePath } from './folder.ts';

export type ReportDatasetResult =
  | { ok: true; dataset: Dataset }
  /** `input`: which file is wrong, `file` and `line` where (the first problem), `message` every problem as printed text. */
  | { ok: false; input: 'questionnaire' | 'data'; file: string; line?: number; message: string };

/** The dataset of `file` under the report's questionnaire, or the questionnaire's or the file's problems. */
export async function loadReportDataset(file: string): Promise<ReportDatasetResult> {
  const qn = loadQuestionnaire(questionnairePath());
  if (!qn.ok) return { ok: false, input: 'questionnaire', file: questionnairePath(), message: formatQuestionnaireProblems(qn.problems) };
  const loaded = await loadDataset(file, qn.questionnaire);
  if (!loaded.ok) {
    const line = loaded.errors[0]?.line;
    return { ok: false, input: 'data', file, ...(line === undefined ? {} : { line }), message: `数据文件 ${file} 有 ${loaded.errors.length} 处错误：\n${formatProblems(loaded.errors)}` };
  }
  return { ok: true, dataset: loaded.dataset };
}
