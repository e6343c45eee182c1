import { stageQuestion } from '../questionnaire.ts';
import type { Dataset } from '../types.ts';

/** Each response's stage (its option position in the stage question, −1 for none); null when the questionnaire has no stage question. */
export function stagePicks(dataset: Dataset): Int32Array | null {
  const q = stageQuestion(dataset.questionnaire);
  const column = q === undefined ? undefined : dataset.answers[q.number];
  return column?.type === 'single' ? column.picks : null;
}
