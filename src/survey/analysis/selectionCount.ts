import { choiceQuestion } from '../questionnaire.ts';
import type { SurveyResponse } from '../types.ts';

/**
 * How many options a response selected across the given questions: `其他` and
 * write-in options count, an exclusive "none" option counts zero, a skipped
 * question counts zero.
 */
export function selectionCount(response: SurveyResponse, questions: readonly number[]): number {
  let n = 0;
  for (const q of questions) {
    const options = choiceQuestion(q).options;
    for (const i of response.choices[q] ?? []) if (!options[i]!.exclusive) n++;
  }
  return n;
}
