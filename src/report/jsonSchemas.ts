/** The JSON Schemas editors get in their editor, generated from the zod schemas and committed beside them. */
import { z } from 'zod';
import { questionnaireShape } from '../survey/questionnaireSchema.ts';
import { seriesShape } from '../series/seriesFile.ts';

/** Each committed JSON Schema: where it is (relative to the project root), its shape, title and description. */
export const jsonSchemas = [
  { path: 'src/survey/questionnaire.schema.json', shape: questionnaireShape, title: 'questionnaire.json', description: '报告的问卷：题目、选项、跳题逻辑与复合指数' },
  { path: 'src/series/series.schema.json', shape: seriesShape, title: 'series.json', description: '报告系列：各版本及其问卷之间题目与选项的对应' },
] as const;

/** The JSON Schema text (2-space indented, final newline) of one of `jsonSchemas`. */
export function jsonSchemaText(entry: (typeof jsonSchemas)[number]): string {
  const schema = z.toJSONSchema(entry.shape, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify({ ...schema, title: entry.title, description: entry.description }, null, 2)}\n`;
}
