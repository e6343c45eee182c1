import { choiceQuestion, indexMembers, type Questionnaire } from '../questionnaire.ts';
import type { AnswerColumn, Dataset, IndexColumn } from '../types.ts';
import { addSelectionCounts } from './selectionCount.ts';

/**
 * Every composite index the questionnaire defines, over `size` responses:
 * for each response, the options selected across the index's member questions
 * (see `addSelectionCounts`).
 */
export function compositeIndices(qn: Questionnaire, answers: readonly (AnswerColumn | undefined)[], size: number): IndexColumn[] {
  return qn.indices.map((index) => {
    const values = new Float64Array(size);
    for (const n of indexMembers(qn, index)) addSelectionCounts(answers[n]!, choiceQuestion(qn, n).options.findIndex((o) => o.exclusive), values);
    return { index, values };
  });
}

/** Response k's value of every composite index, by index id. */
export function indicesAt(dataset: Dataset, k: number): Record<string, number> {
  return Object.fromEntries(dataset.indices.map((c) => [c.index.id, c.values[k]!]));
}
