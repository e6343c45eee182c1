/** The 2023 report's questionnaire (data/questionnaire.json), loaded as the site loads it; a test fails loudly if it is invalid. */
import { resolve } from 'node:path';
import { formatQuestionnaireProblems, loadQuestionnaire } from '../../src/survey/loadQuestionnaire.ts';
import type { Questionnaire } from '../../src/survey/questionnaire.ts';

export const questionnaireFile = resolve(import.meta.dirname, '../../data/questionnaire.json');

/** The questionnaire at `path` (default: the 2023 one); throws its problems if it is invalid. */
export function loadValidQuestionnaire(path = questionnaireFile): Questionnaire {
  const r = loadQuestionnaire(path);
  if (!r.ok) throw new Error(formatQuestionnaireProblems(r.problems));
  return r.questionnaire;
}

export const questionnaire: Questionnaire = loadValidQuestionnaire();
