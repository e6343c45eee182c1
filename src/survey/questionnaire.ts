/**
 * Look-ups in a questionnaire (see questionnaireSchema.ts): questions by
 * number, options by text, the optional stage and library roles, the
 * members of each composite index. Pure functions of the questionnaire.
 */
import type { ChoiceQuestion, CompositeIndex, Question, QuestionOption, Questionnaire, QuestionRow, ScalePoint } from './questionnaireSchema.ts';

export type { ChoiceQuestion, CompositeIndex, Question, QuestionOption, Questionnaire, QuestionRow, ScalePoint } from './questionnaireSchema.ts';

/** The question numbered `n`; throws for a number the questionnaire does not have. */
export function question(qn: Questionnaire, n: number): Question {
  const q = qn.questions[n - 1];
  if (!q) throw new Error(`问卷没有第 ${n} 题（共 ${qn.questions.length} 题）`);
  return q;
}

/** Whether a question is multiple or single choice (matrix and ranking questions have options too, but are not choice questions). */
export function isChoice(q: Question): q is ChoiceQuestion {
  return (q.type === 'single' || q.type === 'multiple') && q.options !== undefined;
}

/** A scale (one row) or matrix scale question: its points are scored. */
export type ScaleQuestion = Question & { type: 'scale' | 'matrixScale'; points: ScalePoint[] };

/** Whether a question is a scale or a matrix scale. */
export function isScale(q: Question): q is ScaleQuestion {
  return (q.type === 'scale' || q.type === 'matrixScale') && q.points !== undefined;
}

/** The question numbered `n`, which must be a scale or matrix scale. */
export function scaleQuestion(qn: Questionnaire, n: number): ScaleQuestion {
  const q = question(qn, n);
  if (!isScale(q)) throw new Error(`第 ${n} 题不是量表题`);
  return q;
}

/** The rows of a scale question as items: a scale's one row is the question itself. */
export function scaleRows(q: ScaleQuestion): QuestionRow[] {
  if (q.type === 'scale') return [{ text: q.text, ...(q.reverse === undefined ? {} : { reverse: q.reverse }), ...(q.index === undefined ? {} : { index: q.index }) }];
  return q.rows!.map((r) => (r.index === undefined && q.index !== undefined ? { ...r, index: q.index } : r));
}

/** The columns a question's answers take in a response file beyond its own: its rows (matrices), or nothing. */
export function questionRows(q: Question): readonly QuestionRow[] {
  return q.type === 'matrixScale' || q.type === 'matrixSingle' || q.type === 'matrixMultiple' ? (q.rows ?? []) : [];
}

/** One scale row counted in a composite index: question `question`, row `row` of its rows. */
export interface ScaleItem {
  question: number;
  row: number;
}

/** Every row of scale question `n` as an item (for Cronbach's α over a matrix scale). */
export function questionScaleItems(qn: Questionnaire, n: number): ScaleItem[] {
  return scaleRows(scaleQuestion(qn, n)).map((_, row) => ({ question: n, row }));
}

/** The scale rows making up index `ix` (none for an index of choice questions). */
export function indexScaleItems(qn: Questionnaire, ix: CompositeIndex): ScaleItem[] {
  return qn.questions.filter(isScale).flatMap((q) => scaleRows(q).flatMap((r, row) => (r.index === ix.id ? [{ question: q.number, row }] : [])));
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

/** The text question naming the respondent (a library, a school…), if the questionnaire has one. */
export function nameQuestion(qn: Questionnaire): Question | undefined {
  return qn.questions.find((q) => q.role === 'name');
}

/** What each of the six metadata columns holds, in the export's order (the order of `metadataColumns`). */
export const METADATA_FIELDS = ['serial', 'submittedAt', 'duration', 'source', 'sourceDetail', 'ip'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** The header the export gives metadata field `field`. */
export function metadataHeader(qn: Questionnaire, field: MetadataField): string {
  return qn.metadataColumns[METADATA_FIELDS.indexOf(field)]!;
}

/** The numbers of the choice questions adding to composite index `ix` (its scale rows: `indexScaleItems`). */
export function indexMembers(qn: Questionnaire, ix: CompositeIndex): number[] {
  return qn.questions.filter((q) => isChoice(q) && q.index === ix.id).map((q) => q.number);
}

/** Closed (choice) questions in questionnaire order: the ones with a frequency table. */
/** The scale, matrix and ranking questions, in questionnaire order: the ones with a table of rows or ranks. */
export function gridQuestions(qn: Questionnaire): number[] {
  return qn.questions.filter((q) => isScale(q) || q.type === 'matrixSingle' || q.type === 'matrixMultiple' || q.type === 'ranking').map((q) => q.number);
}

export function closedQuestions(qn: Questionnaire): number[] {
  return qn.questions.filter(isChoice).map((q) => q.number);
}
