/**
 * Writing the response file the way 问卷星's 按选项文本 export looks: UTF-8
 * with a BOM, `\r\n` line ends, RFC 4180 quoting, the six metadata columns
 * and one `N、题干` column per question.
 */
import type { Questionnaire } from '../../src/survey/questionnaire.ts';

const BOM = '\uFEFF';

/** One field, quoted when it holds `,` `"` or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

/** The header row: metadata columns, then `N、` and the question text of every question. */
export function headerRow(questionnaire: Questionnaire): string[] {
  return [...questionnaire.metadataColumns, ...questionnaire.questions.map((q) => `${q.number}、${q.text}`)];
}

/** A whole CSV file: BOM, header, rows, `\r\n` after every line. */
export function csvFile(rows: readonly (readonly string[])[], { bom }: { bom: boolean }): string {
  return (bom ? BOM : '') + rows.map((r) => csvLine(r) + '\r\n').join('');
}
