/** The JSON Schemas editors get in their editor, generated from the zod schemas and committed beside them. */
import { z } from 'zod';
import { QUESTION_TYPES, questionnaireShape } from '../survey/questionnaireSchema.ts';
import { seriesShape } from '../series/seriesFile.ts';

type JsonSchema = z.core.JSONSchema.BaseSchema;

/** For each question type with fields of its own, a JSON Schema rule requiring them (a count question its blanks…), from the table the zod rules read. */
function typedFieldRules(): object[] {
  return Object.entries(QUESTION_TYPES).flatMap(([type, fields]) => (fields.length === 0 ? [] : [{ if: { properties: { type: { const: type } }, required: ['type'] }, then: { required: [...fields] } }]));
}

/** zod's rules across fields (questionnaireRules) have no JSON Schema; the fields each type needs are given to editors this way. */
function withTypedFields(schema: JsonSchema): JsonSchema {
  const questions = schema.properties!['questions'] as { items: object };
  questions.items = { ...questions.items, allOf: typedFieldRules() };
  return schema;
}

/** Each committed JSON Schema: where it is (relative to the project root), its shape, title and description. */
export const jsonSchemas = [
  { path: 'src/survey/questionnaire.schema.json', shape: questionnaireShape, title: 'questionnaire.json', description: '报告的问卷：题目、选项、跳题逻辑与复合指数', refine: withTypedFields },
  { path: 'src/series/series.schema.json', shape: seriesShape, title: 'series.json', description: '报告系列：各版本及其问卷之间题目与选项的对应', refine: (s: JsonSchema) => s },
] as const;

/** The JSON Schema text (2-space indented, final newline) of one of `jsonSchemas`. */
export function jsonSchemaText(entry: (typeof jsonSchemas)[number]): string {
  const schema = entry.refine(z.toJSONSchema(entry.shape as z.ZodType, { target: 'draft-2020-12', io: 'input' }));
  return `${JSON.stringify({ ...schema, title: entry.title, description: entry.description }, null, 2)}\n`;
}
