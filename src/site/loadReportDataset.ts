/**
 * A response file validated against the report's own questionnaire, for the
 * build and the commands that read a file of the maintainer's choosing
 * (check-claims, compare-data): the dataset, or one message saying what is wrong.
 */
import { formatProblems, loadDataset } from '../survey/loadDataset.ts';
import { formatQuestionnaireProblems, loadQuestionnaire } from '../survey/loadQuestionnaire.ts';
import type { Dataset } from '../survey/types.ts';
import { questionnairePath } from './paths.ts';

/** The dataset of `file` under the report's questionnaire, or the questionnaire's or the file's problems as printed text. */
export async function loadReportDataset(file: string): Promise<{ ok: true; dataset: Dataset } | { ok: false; message: string }> {
  const qn = loadQuestionnaire(questionnairePath());
  if (!qn.ok) return { ok: false, message: formatQuestionnaireProblems(qn.problems) };
  const loaded = await loadDataset(file, qn.questionnaire);
  if (!loaded.ok) return { ok: false, message: `数据文件 ${file} 有 ${loaded.errors.length} 处错误：\n${formatProblems(loaded.errors)}` };
  return { ok: true, dataset: loaded.dataset };
}
