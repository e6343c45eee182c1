/** The JSON Schema of the questionnaire file, generated from the zod schema, as committed in `questionnaire.schema.json`. */
import { z } from 'zod';
import { questionnaireShape } from './questionnaireSchema.ts';

/** Where the committed JSON Schema is, relative to the project root. */
export const questionnaireJsonSchemaPath = 'src/survey/questionnaire.schema.json';

/** The JSON Schema text (2-space indented, final newline) of the questionnaire file's shape. */
export function questionnaireJsonSchema(): string {
  const schema = z.toJSONSchema(questionnaireShape, { target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'questionnaire.json', description: "A report's questionnaire: questions, options, skip logic, composite indices." }, null, 2)}\n`;
}
