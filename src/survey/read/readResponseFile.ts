import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Problem } from '../types.ts';
import { decodeText } from './decodeText.ts';
import { readCsv } from './readCsv.ts';
import { readXlsx } from './readXlsx.ts';
import type { ReadResult } from './types.ts';

/** Why a file could not be opened, in Chinese. */
function openError(e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  if (code === 'ENOENT') return '找不到这个文件';
  if (code === 'EISDIR') return '这是一个文件夹，不是答卷文件';
  if (code === 'EACCES' || code === 'EPERM') return '没有权限读取这个文件';
  return `无法读取这个文件：${e instanceof Error ? e.message : String(e)}`;
}

/**
 * The header and rows of a response file, read by its extension (`.csv` in
 * UTF-8 or GB18030, `.xlsx`); every failure is a Problem, never a throw.
 */
export async function readResponseFile(path: string): Promise<ReadResult> {
  const error = (message: string): ReadResult => ({ table: null, problems: [{ severity: 'error', file: path, message } satisfies Problem] });
  const ext = extname(path).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') return error(`不支持的文件类型「${ext || '无扩展名'}」：答卷文件应为 .csv 或 .xlsx`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return error(openError(e));
  }
  if (ext === '.xlsx') return readXlsx(path, bytes);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return error(decoded.message);
  return readCsv(path, decoded.text, decoded.encoding);
}
