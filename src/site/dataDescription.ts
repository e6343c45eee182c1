/**
 * The description a maintainer keeps beside the response file
 * (`responses.meta.json`, see paths.ts), as the cover of the 全文 page and the
 * PDF print it. A file without one gets no claim about its data either way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { dataDescriptionPath, reportDataPath } from './paths.ts';

/** The `description` text of the response file's description file, or undefined when it has none. */
export function dataDescriptionText(dataFile: string = reportDataPath()): string | undefined {
  const path = dataDescriptionPath(dataFile);
  if (!existsSync(path)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`数据说明文件 ${relative(process.cwd(), path)} 不是有效的 JSON：${(e as Error).message}`);
  }
  const text = (parsed as { description?: unknown }).description;
  if (typeof text !== 'string' || !text.trim()) throw new Error(`数据说明文件 ${relative(process.cwd(), path)} 缺少文字字段 "description"，例如 {"description": "本文件是……"}`);
  return text.trim();
}
