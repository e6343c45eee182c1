import type { Problem } from '../types.ts';

/** The row being checked and where its problems go: what every rule of a row reports through. */
export interface RowCursor {
  file: string;
  header: readonly string[];
  line: number;
  /** The row's `序号` (trimmed), or null when the file has no such column. */
  serial: string | null;
  errors: Problem[];
  warnings: Problem[];
}

/** Reports a problem of the cell in column `column` of the current row. */
export function report(c: RowCursor, severity: Problem['severity'], column: number, value: string, message: string): void {
  const p: Problem =
    c.serial === null ? { severity, file: c.file, line: c.line, column: c.header[column]!, value, message } : { severity, file: c.file, line: c.line, serial: c.serial, column: c.header[column]!, value, message };
  (severity === 'error' ? c.errors : c.warnings).push(p);
}
