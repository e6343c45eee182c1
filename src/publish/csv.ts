/** The tables as CSV downloads (UTF-8 with a byte-order mark, header row, one row per table row). */
import { csvFormatRows } from 'd3-dsv';
import type { FrequencyTable } from '../survey/analysis/frequencyTable.ts';
import type { CorrelationMatrix } from '../survey/analysis/correlationMatrix.ts';
import type { GridTable } from './figureTables.ts';

/**
 * A cell made safe to open in a spreadsheet: one beginning with `= + - @`
 * (or a tab or carriage return) would run as a formula, so it gets a leading `'`.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Excel on Windows reads a CSV as the system code page unless it starts with this mark; BOM-aware readers drop it. */
const utf8Bom = '\uFEFF';

function toCsv(rows: string[][]): string {
  return `${utf8Bom}${csvFormatRows(rows.map((row) => row.map(neutraliseFormula)))}\n`;
}

/** A frequency table: label, count (headed `respondents` + 数量), percent; led by the group column when the table is grouped. */
export function frequencyTableCsv(table: FrequencyTable, respondents: string): string {
  const grouped = table.rows.some((r) => r.group !== undefined);
  const header = [...(grouped ? ['类别'] : []), '选项', `${respondents}数量`, '比例'];
  return toCsv([header, ...table.rows.map((r) => [...(grouped ? [r.group ?? ''] : []), r.label, String(r.count), r.percent])]);
}

/** The correlation matrix with two decimals, headed by the index names (`,甲指数,乙指数`). */
export function correlationCsv(m: CorrelationMatrix): string {
  return toCsv([['', ...m.names], ...m.names.map((name, i) => [name, ...m.r[i]!.map((r) => r.toFixed(2))])]);
}

/** A scale, ranking or matrix table as printed on the page, headed by `rowHeader` and its columns. */
export function gridCsv(grid: GridTable, rowHeader: string): string {
  return toCsv([[rowHeader, ...grid.columns], ...grid.rows.map((r) => [r.heading, ...r.cells])]);
}
