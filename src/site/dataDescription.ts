/**
 * The description a maintainer keeps beside the response file
 * (`responses.meta.json`, see paths.ts), as the cover of the 全文 page and the
 * PDF print it. A file without one gets no claim about its data either way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { dataDescriptionPath, reportDataPath } from './paths.ts';

/** The `description` text of the response file's description file, or undefined when there is no such file or text. */
export function dataDescriptionText(dataFile: string = reportDataPath()): string | undefined {
  const path = dataDescriptionPath(dataFile);
  if (!existsSync(path)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`数据说明文件 ${relative(process.cwd(), path)} 不是有效的 JSON：${(e as Error).message}`);
  }
  // The file's other fields belong to the data checks; the cover prints only its text, when it has one.
  const text = (parsed as { description?: unknown } | null)?.description;
  return typeof text === 'string' && text.trim() ? text.trim() : undefined;
}
