/** Builds validated datasets for analysis tests, naming options by their text. */
import { withIndices } from '../../src/survey/analysis/compositeIndices.ts';
import { ResponseColumns } from '../../src/survey/columns.ts';
import { choiceQuestion, optionIndex, type Questionnaire } from '../../src/survey/questionnaire.ts';
import type { Dataset } from '../../src/survey/types.ts';
import { questionnaire } from './questionnaire.ts';

/** One response: the options chosen (by text) per question, and the respondent's name. */
export interface TestResponse {
  choices: Record<number, string[]>;
  name?: string;
}

/** A response choosing the given options (by text) per question; every other choice question is unanswered. */
export function surveyResponse(choices: Record<number, string[]>, name?: string): TestResponse {
  return { choices, ...(name === undefined ? {} : { name }) };
}

/** The dataset of the given responses (serials 1, 2, …) under questionnaire `qn`. */
export function datasetOf(responses: readonly TestResponse[], qn: Questionnaire = questionnaire): Dataset {
  const columns = new ResponseColumns(qn);
  const widest = Math.max(...qn.questions.map((q) => q.options?.length ?? 0));
  responses.forEach((r, i) => {
    const k = columns.add(i + 2, String(i + 1), NaN, r.name ?? `测试图书馆${i + 1}`);
    for (const [n, texts] of Object.entries(r.choices)) {
      choiceQuestion(qn, Number(n));
      const picked = new Uint32Array(Math.ceil(widest / 32));
      for (const t of texts) {
        const o = optionIndex(qn, Number(n), t);
        picked[o >>> 5]! |= 1 << (o & 31);
      }
      columns.setPicks(Number(n), k, picked);
      if (texts.length > 0) columns.markAnswered(Number(n), k);
    }
  });
  return withIndices(columns.toResponses('test.csv', null, 0, []));
}
