import { csvParseRows } from 'd3-dsv';
import type { Problem } from '../types.ts';
import { occurrences } from './occurrences.ts';
import { isBlankRow } from './isBlankRow.ts';
import type { RowSink } from './types.ts';

/**
 * Where the record after the one at `start` (parsed into `cells`) begins in
 * `text`, and how many line feeds the record's quoted fields hold. It retraces
 * d3-dsv's tokenizer: a field is quoted when it starts with `"`, its source is
 * then its value with each `"` doubled, between quotes; every field is
 * followed by one character (a comma, a line feed or, after a closing quote,
 * whatever follows it), or `\r\n`. Only a quoted field can hold a line feed,
 * so the others are never searched.
 */
export function nextRecord(text: string, start: number, cells: readonly string[]): { next: number; lineBreaks: number } {
  let at = start;
  let lineBreaks = 0;
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k]!;
    if (text.charCodeAt(at) === 34 /* " */) {
      at += cell.length + occurrences(cell, '"') + 2;
      lineBreaks += occurrences(cell, '\n');
    } else at += cell.length;
    at += text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? 2 : 1;
  }
  return { next: at, lineBreaks };
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
  /** Where the record starts in the text. */
  offset: number;
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
  let offset = 0;
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
    const r = { line, offset, cells };
    const { next, lineBreaks } = nextRecord(text, offset, cells);
    line += 1 + lineBreaks;
    offset = next;
    if (isBlankRow(cells) && held.length > 0) held.push(r);
    else {
      for (const h of held) hand(h);
      held = [r];
    }
    return null;
  });
  const last = held.find((r) => !isBlankRow(r.cells));
  const problems: Problem[] = [];
  if (last !== undefined) {
    if (endsInsideQuotes(text, last.offset)) {
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
