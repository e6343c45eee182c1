import { questionnaire, type IndexId } from '../questionnaire.ts';
import type { SurveyResponse } from '../types.ts';
import { selectionCount } from './selectionCount.ts';

export type Indices = Record<IndexId, number>;

/** The questions that make up each composite index, as the questionnaire data says. */
export const indexQuestions: Record<IndexId, number[]> = Object.fromEntries(
  questionnaire.indices.map((ix) => [ix.id, questionnaire.questions.filter((q) => q.index === ix.id).map((q) => q.number)]),
) as Record<IndexId, number[]>;

/** The three composite indices of one library: options selected across each index's questions. */
export function compositeIndices(response: SurveyResponse): Indices {
  return {
    benefit: selectionCount(response, indexQuestions.benefit),
    trust: selectionCount(response, indexQuestions.trust),
    participation: selectionCount(response, indexQuestions.participation),
  };
}
