/** `npm run questionnaire-schema`: writes the questionnaire file's JSON Schema (for editors) from the zod schema. */
import { writeFileSync } from 'node:fs';
import { questionnaireJsonSchema, questionnaireJsonSchemaPath } from '../src/survey/questionnaireJsonSchema.ts';

writeFileSync(questionnaireJsonSchemaPath, questionnaireJsonSchema());
console.log(`已写入 ${questionnaireJsonSchemaPath}`);
