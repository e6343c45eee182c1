import { csvParseRows } from 'd3-dsv';
import type { Problem } from '../types.ts';
import type { RawRow, ReadResult } from './types.ts';

/** True when every cell of a row is blank: an empty line, or one of separators only. */
function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

/** How many line feeds the cells of a record contain (quoted line breaks). */
function lineBreaksIn(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) {
    let i = c.indexOf('\n');
    while (i >= 0) {
      n++;
      i = c.indexOf('\n', i + 1);
    }
  }
  return n;
}

/** The offset at which 1-based physical line `line` starts. */
function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let l = 1; l < line && offset >= 0; l++) {
    const next = text.indexOf('\n', offset);
    offset = next < 0 ? -1 : next + 1;
  }
  return offset;
}

/**
 * Whether the record starting at `start` opens a quoted field it never closes.
 * d3-dsv reads such a field silently to the end of the text, so only the last
 * record can be affected, and only a scan of that record can tell.
 */
function endsInsideQuotes(text: string, start: number): boolean {
  let i = start;
  const n = text.length;
  let fieldStart = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (fieldStart && c === 34 /* " */) {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) return true;
        if (text.charCodeAt(q + 1) === 34) i = q + 2;
        else {
          i = q + 1;
          break;
        }
      }
      fieldStart = false;
      continue;
    }
    fieldStart = c === 44 /* , */ || c === 10 || c === 13;
    i++;
  }
  return false;
}

/**
 * The header and rows of a CSV text (RFC 4180 quoting, `\r\n` or `\n`), each
 * row with the physical line it starts on; trailing blank lines dropped; an
 * unterminated quote (a truncated file) reported as an error at its record.
 */
export function readCsv(file: string, text: string, encoding: 'utf-8' | 'gb18030'): ReadResult {
  const rows: RawRow[] = [];
  let line = 1;
  csvParseRows(text, (cells) => {
    rows.push({ line, cells });
    line += 1 + lineBreaksIn(cells);
    return null;
  });
  while (rows.length > 0 && isBlank(rows[rows.length - 1]!.cells)) rows.pop();

  const problems: Problem[] = [];
  const last = rows[rows.length - 1];
  if (last !== undefined) {
    const start = offsetOfLine(text, last.line);
    if (start >= 0 && endsInsideQuotes(text, start)) {
      problems.push({
        severity: 'error',
        file,
        line: last.line,
        ...(last === rows[0] ? {} : { serial: last.cells[0] ?? '' }),
        message: `从第 ${last.line} 行开始的引号直到文件末尾都没有闭合：文件可能被截断，或某个值里的引号没有写成 ""`,
      });
      rows.pop();
    }
  }

  const header = rows.shift();
  if (header === undefined) {
    if (problems.length === 0) problems.push({ severity: 'error', file, message: '文件是空的：没有表头，也没有答卷' });
    return { table: null, problems };
  }
  return { table: { header: header.cells, headerLine: header.line, rows, encoding }, problems };
}
