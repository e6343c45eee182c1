import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Problem } from '../types.ts';
import { decodeText } from './decodeText.ts';
import { readCsv } from './readCsv.ts';
import { readXlsx } from './readXlsx.ts';
import type { Encoding, RowSink } from './types.ts';

/** Why a file could not be opened, in Chinese. */
function openError(e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  if (code === 'ENOENT') return '找不到这个文件';
  if (code === 'EISDIR') return '这是一个文件夹，不是答卷文件';
  if (code === 'EACCES' || code === 'EPERM') return '没有权限读取这个文件';
  return `无法读取这个文件：${e instanceof Error ? e.message : String(e)}`;
}

/** What was learnt of a file's text before its rows are read. */
export interface Source {
  encoding: Encoding;
  /** Byte sequences that could not be decoded (GB18030 files only); their cells hold U+FFFD. */
  undecodable: number;
}

/**
 * Reads a response file by its extension (`.csv` in UTF-8 or GB18030,
 * `.xlsx`) and hands its rows to the sink `sinkFor` makes once the encoding is
 * known. Returns the problems of the file as a container and whether rows
 * were handed over; every failure is a Problem, never a throw.
 */
export async function readResponseFile(path: string, sinkFor: (source: Source) => RowSink): Promise<{ problems: Problem[]; read: boolean }> {
  const error = (message: string) => ({ problems: [{ severity: 'error', file: path, message } satisfies Problem], read: false });
  const ext = extname(path).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') return error(`不支持的文件类型「${ext || '无扩展名'}」：答卷文件应为 .csv 或 .xlsx`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return error(openError(e));
  }
  if (ext === '.xlsx') {
    const problems = await readXlsx(path, bytes, sinkFor({ encoding: 'xlsx', undecodable: 0 }));
    return { problems, read: !problems.some((p) => p.line === undefined) };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return error(decoded.message);
  const problems = readCsv(path, decoded.text, sinkFor({ encoding: decoded.encoding, undecodable: decoded.undecodable }));
  return { problems, read: !problems.some((p) => p.line === undefined) };
}
