/** The JSON Schema of the questionnaire file, generated from the zod schema, as committed in `questionnaire.schema.json`. */
import { z } from 'zod';
import { questionnaireShape } from './questionnaireSchema.ts';

/** Where the committed JSON Schema is, relative to the project root. */
export const questionnaireJsonSchemaPath = 'src/survey/questionnaire.schema.json';

/** The JSON Schema text (2-space indented, final newline) of the questionnaire file's shape. */
export function questionnaireJsonSchema(): string {
  const schema = z.toJSONSchema(questionnaireShape, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify({ ...schema, title: 'questionnaire.json', description: '报告的问卷：题目、选项、跳题逻辑与复合指数' }, null, 2)}\n`;
}
