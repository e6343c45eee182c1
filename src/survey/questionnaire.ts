/**
 * The questionnaire as data: the one source of truth read by the validator,
 * the analysis, the tables and the questionnaire appendix.
 * `questionnaire.json` is checked against this schema when the module loads,
 * so a typo in it fails fast with a message rather than as a wrong table.
 */
import { z } from 'zod';
import raw from './questionnaire.json' with { type: 'json' };

const optionSchema = z.strictObject({
  /** The option's text as printed (without `，请注明_____`). */
  text: z.string().min(1),
  /** The label the report prints instead of `text` (表1 shortens two). */
  label: z.string().min(1).optional(),
  /** The option takes a write-in (`其他〖…〗`, `品牌类活动〖…〗`). */
  writeIn: z.boolean().optional(),
  /** `其他`: counted in indices, not a ranked row of a frequency table. */
  other: z.boolean().optional(),
  /** An exclusive "none" option: never combined with another, shown last, counts 0 in indices. */
  exclusive: z.boolean().optional(),
  /** The report's grouping of the option (表7). */
  group: z.string().min(1).optional(),
});

const questionSchema = z.strictObject({
  number: z.int().min(1),
  type: z.enum(['text', 'multiple', 'single', 'count', 'upload']),
  text: z.string().min(1),
  required: z.boolean(),
  options: z.array(optionSchema).min(2).optional(),
  /** Personal data (name, phone, uploads): never published. */
  personal: z.boolean().optional(),
  /** What the report uses the question for. */
  role: z.enum(['library', 'stage']).optional(),
  /** The composite index this question adds to. */
  index: z.enum(['benefit', 'trust', 'participation']).optional(),
  /** Group names in the report's order, for a grouped table. */
  groups: z.array(z.string().min(1)).optional(),
  /** Skip logic: the question is shown only when another question's answer includes/excludes an option. */
  shownIf: z
    .strictObject({
      question: z.int(),
      includes: z.string().optional(),
      excludes: z.string().optional(),
    })
    .refine((s) => (s.includes === undefined) !== (s.excludes === undefined), 'shownIf needs exactly one of includes/excludes')
    .optional(),
  /** Names of the blanks of a count question (题24 has two). */
  blanks: z.array(z.string().min(1)).min(1).optional(),
});

const questionnaireSchema = z
  .strictObject({
    title: z.string(),
    metadataColumns: z.array(z.string()).length(6),
    indices: z.array(z.strictObject({ id: z.enum(['benefit', 'trust', 'participation']), name: z.string() })).length(3),
    questions: z.array(questionSchema),
  })
  .superRefine((doc, ctx) => {
    doc.questions.forEach((q, i) => {
      if (q.number !== i + 1) ctx.addIssue({ code: 'custom', message: `question ${i + 1} is numbered ${q.number}` });
      const hasOptions = q.type === 'multiple' || q.type === 'single';
      if (hasOptions !== (q.options !== undefined)) ctx.addIssue({ code: 'custom', message: `题${q.number}: options must be given exactly for choice questions` });
      if ((q.type === 'count') !== (q.blanks !== undefined)) ctx.addIssue({ code: 'custom', message: `题${q.number}: blanks must be given exactly for count questions` });
      const texts = q.options?.map((o) => o.text) ?? [];
      if (new Set(texts).size !== texts.length) ctx.addIssue({ code: 'custom', message: `题${q.number}: repeated option text` });
      for (const o of q.options ?? []) {
        if (o.group !== undefined && !q.groups?.includes(o.group)) ctx.addIssue({ code: 'custom', message: `题${q.number}: option ${o.text} has unknown group ${o.group}` });
      }
      if (q.shownIf) {
        const target = doc.questions[q.shownIf.question - 1];
        const option = q.shownIf.includes ?? q.shownIf.excludes;
        if (!target?.options?.some((o) => o.text === option)) ctx.addIssue({ code: 'custom', message: `题${q.number}: skip logic names unknown option ${option} of 题${q.shownIf.question}` });
      }
    });
  });

export type Questionnaire = z.infer<typeof questionnaireSchema>;
export type Question = Questionnaire['questions'][number];
export type QuestionOption = NonNullable<Question['options']>[number];
export type IndexId = Questionnaire['indices'][number]['id'];
export type ChoiceQuestion = Question & { options: QuestionOption[] };

export const questionnaire: Questionnaire = questionnaireSchema.parse(raw);

/** The question numbered `n`; throws for a number the questionnaire does not have. */
export function question(n: number): Question {
  const q = questionnaire.questions[n - 1];
  if (!q) throw new Error(`问卷没有第 ${n} 题`);
  return q;
}

/** The question numbered `n`, which must be a choice question. */
export function choiceQuestion(n: number): ChoiceQuestion {
  const q = question(n);
  if (!q.options) throw new Error(`第 ${n} 题不是选择题`);
  return q as ChoiceQuestion;
}

/** The 0-based position of the option whose text is `text` in question `n`; throws if there is none. */
export function optionIndex(n: number, text: string): number {
  const i = choiceQuestion(n).options.findIndex((o) => o.text === text || o.label === text);
  if (i < 0) throw new Error(`第 ${n} 题没有选项“${text}”`);
  return i;
}

/** The label the report prints for an option. */
export function optionLabel(o: QuestionOption): string {
  return o.label ?? o.text;
}

/** The question whose answer places a library at a stage (题28). */
export const stageQuestion: ChoiceQuestion = choiceQuestion(questionnaire.questions.find((q) => q.role === 'stage')!.number);
/** The question that names the library (题3). */
export const libraryQuestion: Question = questionnaire.questions.find((q) => q.role === 'library')!;
