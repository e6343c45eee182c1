import { choiceQuestion, indexMembers, indexScaleItems, type Questionnaire, type ScaleItem } from '../questionnaire.ts';
import type { AnswerColumn, Dataset, IndexColumn, Responses } from '../types.ts';
import { scaleScores } from './scaleScores.ts';
import { addSelectionCounts } from './selectionCount.ts';

/** Per response, the mean score of the scale rows `items` it scored; NaN where it scored none. */
function meanScores(dataset: Pick<Dataset, 'questionnaire' | 'answers' | 'size'>, items: readonly ScaleItem[]): Float64Array {
  const sums = new Float64Array(dataset.size);
  const counts = new Float64Array(dataset.size);
  for (const it of items) {
    scaleScores(dataset, it.question, it.row).forEach((s, k) => {
      if (Number.isNaN(s)) return;
      sums[k]! += s;
      counts[k]!++;
    });
  }
  return sums.map((sum, k) => (counts[k] === 0 ? NaN : sum / counts[k]!));
}

/**
 * Every composite index the questionnaire defines, over `size` responses:
 * for each response, the options selected across the index's member questions
 * (see `addSelectionCounts`), or, for an index of scale rows, the mean of the
 * scores of the rows it answered (不适用 and unanswered rows left out).
 */
export function compositeIndices(qn: Questionnaire, answers: readonly (AnswerColumn | undefined)[], size: number): IndexColumn[] {
  return qn.indices.map((index) => {
    const items = indexScaleItems(qn, index);
    if (items.length > 0) return { index, kind: 'mean' as const, values: meanScores({ questionnaire: qn, answers, size }, items) };
    const values = new Float64Array(size);
    for (const n of indexMembers(qn, index)) addSelectionCounts(answers[n]!, choiceQuestion(qn, n).options.findIndex((o) => o.exclusive), values);
    return { index, kind: 'count' as const, values };
  });
}

/** The dataset of validated responses: the responses with their composite indices. */
export function withIndices(responses: Responses): Dataset {
  return { ...responses, indices: compositeIndices(responses.questionnaire, responses.answers, responses.size) };
}

/** Response k's value of every composite index, by index id. */
export function indicesAt(dataset: Dataset, k: number): Record<string, number> {
  return Object.fromEntries(dataset.indices.map((c) => [c.index.id, c.values[k]!]));
}
