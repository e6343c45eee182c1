import { csvParseRows } from 'd3-dsv';
import type { Problem } from '../types.ts';
import type { RowSink } from './types.ts';

/** True when every cell of a row is blank: an empty line, or one of separators only. */
function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

/** How many line feeds the cells of a record contain (quoted line breaks). */
function lineBreaksIn(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) for (let i = c.indexOf('\n'); i >= 0; i = c.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The offset at which 1-based physical line `line` of `text` starts, given
 * that the text has `lines` physical lines; searched from the end, since it is
 * asked for the last record.
 */
function offsetOfLine(text: string, line: number, lines: number): number {
  const breaks = text.endsWith('\n') ? lines : lines - 1;
  let offset = text.length;
  // Line `line` starts after the (line − 1)-th break, the (breaks − line + 2)-th from the end.
  for (let k = breaks - line + 2; k > 0 && offset >= 0; k--) offset = offset === 0 ? -1 : text.lastIndexOf('\n', offset - 1);
  return offset + 1;
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

interface HeldRow {
  line: number;
  cells: string[];
}

/**
 * Parses a CSV text (RFC 4180 quoting, `\r\n` or `\n`) and hands its header
 * and rows to `sink` as they are parsed, each with the physical line it starts
 * on. Trailing blank lines are dropped; an unterminated quote (a truncated
 * file) is reported at its record, which is not handed over. Returns the
 * problems of the file as a container.
 */
export function readCsv(file: string, text: string, sink: RowSink): Problem[] {
  let line = 1;
  let headerSeen = false;
  // The last non-blank record and the blank ones after it wait until the next record shows they are not the file's end.
  let held: HeldRow[] = [];
  const hand = (r: HeldRow) => {
    if (headerSeen) sink.row(r.cells, r.line);
    else {
      headerSeen = true;
      sink.header(r.cells, r.line);
    }
  };
  csvParseRows(text, (cells) => {
    const r = { line, cells };
    line += 1 + lineBreaksIn(cells);
    if (isBlank(cells) && held.length > 0) held.push(r);
    else {
      for (const h of held) hand(h);
      held = [r];
    }
    return null;
  });
  const last = held.find((r) => !isBlank(r.cells));
  const problems: Problem[] = [];
  if (last !== undefined) {
    // `line` is now one past the file's last physical line.
    if (endsInsideQuotes(text, offsetOfLine(text, last.line, line - 1))) {
      problems.push({
        severity: 'error',
        file,
        line: last.line,
        ...(headerSeen ? { serial: last.cells[0] ?? '' } : {}),
        message: `从第 ${last.line} 行开始的引号直到文件末尾都没有闭合：文件可能被截断，或某个值里的引号没有写成 ""`,
      });
    } else hand(last);
  }
  if (!headerSeen && problems.length === 0) problems.push({ severity: 'error', file, message: '文件是空的：没有表头，也没有答卷' });
  return problems;
}
