import { choiceQuestion, questionnaire } from '../questionnaire.ts';
import type { SurveyResponse } from '../types.ts';

/**
 * `exclusiveOption[n]`: the position of 题n's exclusive "none" option, -1 when
 * it has none; computed once, since counting runs per response per question.
 * Not a choice question (or no such question): -2.
 */
const exclusiveOption: Int8Array = (() => {
  const table = new Int8Array(questionnaire.questions.length + 1).fill(-2);
  for (const q of questionnaire.questions) if (q.options) table[q.number] = q.options.findIndex((o) => o.exclusive);
  return table;
})();

/**
 * How many options a response selected across the given questions: `其他` and
 * write-in options count, an exclusive "none" option counts zero, a skipped
 * question counts zero.
 */
export function selectionCount(response: SurveyResponse, questions: readonly number[]): number {
  let n = 0;
  for (let k = 0; k < questions.length; k++) {
    const q = questions[k]!;
    const exclusive = exclusiveOption[q] ?? -2;
    // Not a choice question: choiceQuestion says why, as it always has.
    if (exclusive === -2) choiceQuestion(q);
    const picks = response.choices[q];
    if (picks == null) continue;
    for (let j = 0; j < picks.length; j++) if (picks[j] !== exclusive) n++;
  }
  return n;
}
