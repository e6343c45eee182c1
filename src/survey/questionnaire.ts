/**
 * Look-ups in a questionnaire (see questionnaireSchema.ts): questions by
 * number, options by text, the optional stage and library roles, the
 * members of each composite index. Pure functions of the questionnaire.
 */
import type { ChoiceQuestion, CompositeIndex, Question, QuestionOption, Questionnaire } from './questionnaireSchema.ts';

export type { ChoiceQuestion, CompositeIndex, Question, QuestionOption, Questionnaire } from './questionnaireSchema.ts';

/** The question numbered `n`; throws for a number the questionnaire does not have. */
export function question(qn: Questionnaire, n: number): Question {
  const q = qn.questions[n - 1];
  if (!q) throw new Error(`问卷没有第 ${n} 题（共 ${qn.questions.length} 题）`);
  return q;
}

/** Whether a question is multiple or single choice. */
export function isChoice(q: Question): q is ChoiceQuestion {
  return q.options !== undefined;
}

/** The question numbered `n`, which must be a choice question. */
export function choiceQuestion(qn: Questionnaire, n: number): ChoiceQuestion {
  const q = question(qn, n);
  if (!isChoice(q)) throw new Error(`第 ${n} 题不是选择题`);
  return q;
}

/** The 0-based position of the option of `q` whose text (or the report's label for it) is `text`; −1 when there is none. */
export function findOption(q: ChoiceQuestion, text: string): number {
  return q.options.findIndex((o) => o.text === text || o.label === text);
}

/** The 0-based position of the option whose text (or label) is `text` in question `n`; throws, naming the options, if there is none. */
export function optionIndex(qn: Questionnaire, n: number, text: string): number {
  const q = choiceQuestion(qn, n);
  const i = findOption(q, text);
  if (i < 0) throw new Error(`第 ${n} 题没有选项“${text}”；应为：${q.options.map((o) => o.text).join('、')}`);
  return i;
}

/** The label the report prints for an option. */
export function optionLabel(o: QuestionOption): string {
  return o.label ?? o.text;
}

/** The single-choice question placing a respondent at a stage, if the questionnaire has one. */
export function stageQuestion(qn: Questionnaire): ChoiceQuestion | undefined {
  const q = qn.questions.find((x) => x.role === 'stage');
  return q !== undefined && isChoice(q) ? q : undefined;
}

/** The text question naming the respondent (a library), if the questionnaire has one. */
export function libraryQuestion(qn: Questionnaire): Question | undefined {
  return qn.questions.find((q) => q.role === 'library');
}

/** The numbers of the questions adding to composite index `ix`. */
export function indexMembers(qn: Questionnaire, ix: CompositeIndex): number[] {
  return qn.questions.filter((q) => q.index === ix.id).map((q) => q.number);
}

/** Closed (choice) questions in questionnaire order: the ones with a frequency table. */
export function closedQuestions(qn: Questionnaire): number[] {
  return qn.questions.filter(isChoice).map((q) => q.number);
}
