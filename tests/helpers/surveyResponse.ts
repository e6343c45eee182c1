/** Builds validated responses for analysis tests, naming options by their text. */
import { choiceQuestion, optionIndex } from '../../src/survey/questionnaire.ts';
import type { SurveyResponse } from '../../src/survey/types.ts';

let serial = 0;

/** A response choosing the given options (by text) per question; every other choice question is empty. */
export function surveyResponse(choices: Record<number, string[]>, library = `测试图书馆${++serial}`): SurveyResponse {
  return {
    serial: String(serial),
    line: serial + 1,
    submittedAt: null,
    library,
    choices: Object.fromEntries(
      Object.entries(choices).map(([n, texts]) => {
        choiceQuestion(Number(n));
        return [n, texts.map((t) => optionIndex(Number(n), t))];
      }),
    ),
    counts: {},
  };
}
