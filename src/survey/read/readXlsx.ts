import type { Problem } from '../types.ts';
import { isBlankRow } from './isBlankRow.ts';
import type { RowSink } from './types.ts';

/** `YYYY/M/D H:mm:ss`, the contract's format for a time; Excel keeps wall-clock time, which exceljs hands over as UTC. */
function formatDate(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()} ${d.getUTCHours()}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

/** A cell's value as the text a CSV export of it would hold. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return formatDate(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return v.richText.map((r: { text?: unknown }) => cellText(r.text)).join('');
    if ('result' in v) return cellText(v.result);
    if ('formula' in v || 'sharedFormula' in v) return '';
    if ('text' in v) return cellText(v.text);
    if ('error' in v) return cellText(v.error);
  }
  return String(value);
}

/**
 * Hands the header and rows of the first sheet of an .xlsx file to `sink`,
 * cells as strings, each row with its sheet row number; trailing blank rows
 * dropped. Returns the problems of the file as a container.
 */
export async function readXlsx(file: string, bytes: Uint8Array, sink: RowSink): Promise<Problem[]> {
  // Loaded here, not at the top: exceljs is ~700 modules (about 0.3 s to load) that only an .xlsx file needs.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    return [{ severity: 'error', file, message: `无法读取 xlsx 文件：${e instanceof Error ? e.message : String(e)}` }];
  }
  const rows: { line: number; cells: string[] }[] = [];
  workbook.worksheets[0]?.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    // row.values is 1-based and sparse; holes are empty cells, which a CSV export writes as empty fields.
    const values = row.values as unknown[];
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
    rows.push({ line: rowNumber, cells });
  });
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1]!.cells)) rows.pop();
  const header = rows.shift();
  if (header === undefined) return [{ severity: 'error', file, message: 'xlsx 文件的第一个工作表是空的：没有表头，也没有答卷' }];
  sink.header(header.cells, header.line);
  // Excel stores no trailing empty cells: pad to the header's width, and drop empty cells past the last non-empty one.
  const width = header.cells.length;
  for (const r of rows) {
    while (r.cells.length > width && r.cells[r.cells.length - 1]!.trim() === '') r.cells.pop();
    while (r.cells.length < width) r.cells.push('');
    sink.row(r.cells, r.line);
  }
  return [];
}
