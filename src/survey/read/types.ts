/** What the readers hand to the validator: the header, then each row, with its place in the file. */

/** Receives a file's records as they are read: first the header, then each data row (trailing blank rows dropped). */
export interface RowSink {
  /** The header row and its line (CSV) or sheet row (XLSX). */
  header(cells: string[], line: number): void;
  /** A data row and the line it starts on (a CSV record with quoted line breaks spans several) or its sheet row. */
  row(cells: string[], line: number): void;
}

/** How a file's text was read. */
export type Encoding = 'utf-8' | 'gb18030' | 'xlsx';
