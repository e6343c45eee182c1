/** The JSON Schema of the questionnaire file, generated from the zod schema, as committed in `questionnaire.schema.json`. */
import { z } from 'zod';
import { QUESTION_TYPES, questionnaireShape } from './questionnaireSchema.ts';

/** Where the committed JSON Schema is, relative to the project root. */
export const questionnaireJsonSchemaPath = 'src/survey/questionnaire.schema.json';

/** For each question type with fields of its own, a JSON Schema rule requiring them (a count question its blanks…), from the table the zod rules read. */
function typedFieldRules(): object[] {
  return Object.entries(QUESTION_TYPES).flatMap(([type, fields]) => (fields.length === 0 ? [] : [{ if: { properties: { type: { const: type } }, required: ['type'] }, then: { required: [...fields] } }]));
}

/** The JSON Schema text (2-space indented, final newline) of the questionnaire file's shape. */
export function questionnaireJsonSchema(): string {
  const schema = z.toJSONSchema(questionnaireShape, { target: 'draft-2020-12', io: 'input' });
  const questions = schema.properties!['questions'] as { items: object };
  // zod's rules across fields (questionnaireRules) have no JSON Schema; the fields each type needs are given to editors this way.
  questions.items = { ...questions.items, allOf: typedFieldRules() };
  return `${JSON.stringify({ ...schema, title: 'questionnaire.json', description: '报告的问卷：题目、选项、跳题逻辑与复合指数' }, null, 2)}\n`;
}
