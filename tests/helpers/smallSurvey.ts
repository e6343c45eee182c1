/**
 * Tiny questionnaires and response files written inline, for tests of the
 * scale, matrix and ranking questions: a test gives the questions, the
 * question columns' headers and cells, and gets what the validator makes of
 * them (the six metadata columns are filled in).
 *
 *   const qn = smallQuestionnaire([{ number: 1, type: 'scale', text: '满意吗', required: true, points }]);
 *   const d = smallDataset(qn, ['1、满意吗'], [['满意'], ['5']]);   // data rows on lines 2, 3
 */
import { parseQuestionnaire, formatQuestionnaireProblems } from '../../src/survey/loadQuestionnaire.ts';
import type { Questionnaire } from '../../src/survey/questionnaire.ts';
import type { Dataset } from '../../src/survey/types.ts';
import { validateResponses, type ValidationResult } from '../../src/survey/validate/validateResponses.ts';

const METADATA = ['序号', '提交答卷时间', '所用时间', '来源', '来源详情', '来自IP'];

/** The questionnaire of `questions` (and `indices`); throws its problems if it is invalid. */
export function smallQuestionnaire(questions: readonly object[], indices: readonly { id: string; name: string }[] = []): Questionnaire {
  const r = parseQuestionnaire('small.json', JSON.stringify({ title: '测试问卷', metadataColumns: METADATA, indices, questions }));
  if (!r.ok) throw new Error(formatQuestionnaireProblems(r.problems));
  return r.questionnaire;
}

/** The metadata cells of data row `serial` (1-based). */
function metadataCells(serial: number): string[] {
  return [String(serial), `2024/5/6 9:${String(serial % 60).padStart(2, '0')}:00`, '300秒', '手机提交', '直接访问', '202.112.1.1(北京-北京)'];
}

/** What the validator makes of a file whose question columns are `header` and whose rows hold `rows` (data row k on line k + 1). */
export function checkSmall(qn: Questionnaire, header: readonly string[], rows: readonly (readonly string[])[]): ValidationResult {
  return validateResponses(
    'small.csv',
    qn,
    [...METADATA, ...header],
    rows.map((cells, i) => ({ line: i + 2, cells: [...metadataCells(i + 1), ...cells] })),
  );
}

/** The dataset of such a file, which must have no error. */
export function smallDataset(qn: Questionnaire, header: readonly string[], rows: readonly (readonly string[])[]): Dataset {
  const r = checkSmall(qn, header, rows);
  if (r.dataset === null) throw new Error(r.errors.map((e) => `${e.line} ${e.column} ${e.value}: ${e.message}`).join('\n'));
  return r.dataset;
}

/** The five points 非常不满意 (1) … 非常满意 (5). */
export const SATISFACTION = [
  { label: '非常不满意', score: 1 },
  { label: '不满意', score: 2 },
  { label: '一般', score: 3 },
  { label: '满意', score: 4 },
  { label: '非常满意', score: 5 },
];
