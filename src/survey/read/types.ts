/** What the readers hand to the validator: a header and rows of strings, each row with its place in the file. */
import type { Problem } from '../types.ts';

/** One record of the file: its cells as strings and where it starts. */
export interface RawRow {
  /** 1-based physical line (CSV; a record with quoted line breaks spans several) or sheet row (XLSX). */
  line: number;
  cells: string[];
}

/** The header and the data rows of a response file, trailing empty lines dropped. */
export interface RawTable {
  header: string[];
  /** Line (CSV) or sheet row (XLSX) of the header. */
  headerLine: number;
  rows: RawRow[];
  /** `utf-8`, `gb18030` or `xlsx`: how the file was read. */
  encoding: 'utf-8' | 'gb18030' | 'xlsx';
}

/**
 * A file read as far as it could be: `table` is null when nothing usable came
 * out of it; `problems` are errors of the container (encoding, quoting) found
 * while reading, to be reported together with the validator's.
 */
export interface ReadResult {
  table: RawTable | null;
  problems: Problem[];
}
