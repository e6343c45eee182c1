/** `npm run questionnaire-schema`: writes the JSON Schemas of the questionnaire and series files (for editors) from the zod schemas. */
import { writeFileSync } from 'node:fs';
import { jsonSchemas, jsonSchemaText } from '../src/report/jsonSchemas.ts';

for (const entry of jsonSchemas) {
  writeFileSync(entry.path, jsonSchemaText(entry));
  console.log(`已写入 ${entry.path}`);
}
