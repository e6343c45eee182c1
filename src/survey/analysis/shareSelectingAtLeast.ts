import { choiceQuestion } from '../questionnaire.ts';
import type { Dataset } from '../types.ts';
import { addSelectionCounts } from './selectionCount.ts';

/** How many responses, and what share of them, selected at least `min` options of question `n`. */
export function shareSelectingAtLeast(dataset: Dataset, n: number, min: number): { count: number; share: number } {
  const exclusive = choiceQuestion(dataset.questionnaire, n).options.findIndex((o) => o.exclusive);
  const selected = new Float64Array(dataset.size);
  addSelectionCounts(dataset.answers[n]!, exclusive, selected);
  const count = selected.reduce((c, s) => c + (s >= min ? 1 : 0), 0);
  return { count, share: dataset.size === 0 ? 0 : count / dataset.size };
}
