/**
 * Builds small response files that follow the contract (docs/data-contract.md),
 * so a test can break exactly one thing.
 *
 *   const text = responseCsv([{}, { 9: '资源推荐' }]);   // two rows, row 2 has an unknown option in 题9
 *   validRow(3, { 序号: 'x', 22: '约200' })                // cells of one row: overrides by question number or metadata name
 *
 * The valid row (from questionnaire.json): every choice question answers its
 * first option, plus the options that make every skip-logic question shown
 * (题21 → 学生助理、志愿服务、指导组建…, so 题22–24 are answered); 题15 is shown
 * (题14 = 新入职馆员); counts are `20` per blank (题24 `20^20`); required text
 * questions are filled, optional ones empty; 题3 is `测试大学{serial}图书馆`;
 * 提交答卷时间 `2023/5/6 9:{serial}:00` (serial < 60 keeps it well formed).
 * Data row k (1-based) of a file without quoted line breaks is on line k + 1.
 * `checkCsv(text)` runs the reader and the validator on CSV text in memory.
 */
import { readCsv } from '../../src/survey/read/readCsv.ts';
import type { Dataset, Problem } from '../../src/survey/types.ts';
import { responseValidator } from '../../src/survey/validate/validateResponses.ts';
import { questionnaire } from './questionnaire.ts';

/** Cell overrides: a question number (`9`) or a metadata column name (`'提交答卷时间'`) → the cell text. */
export type Overrides = Record<string | number, string>;

/** The header the contract expects: six metadata columns, then `N、题干` for every question. */
export const header: string[] = [...questionnaire.metadataColumns, ...questionnaire.questions.map((q) => `${q.number}、${q.text}`)];

/** The header cell of question `n` (what a Problem's `column` says). */
export function columnOf(n: number): string {
  return `${n}、${questionnaire.questions[n - 1]!.text}`;
}

/** Options that other questions' skip logic needs chosen for them to be shown, per question number. */
const neededForSkipLogic = new Map<number, string[]>();
for (const q of questionnaire.questions) {
  if (q.shownIf?.includes) neededForSkipLogic.set(q.shownIf.question, [...(neededForSkipLogic.get(q.shownIf.question) ?? []), q.shownIf.includes]);
}

function validAnswer(n: number, serial: number): string {
  const q = questionnaire.questions[n - 1]!;
  switch (q.type) {
    case 'multiple': {
      const picks = new Set([q.options![0]!.text, ...(neededForSkipLogic.get(n) ?? [])]);
      return [...picks].join('┋');
    }
    case 'single':
      return q.options![0]!.text;
    case 'count':
      return q.blanks!.map(() => '20').join('^');
    case 'upload':
      return '';
    case 'text':
      if (q.role === 'name') return `测试大学${serial}图书馆`;
      return q.required ? `答${n}` : '';
    case 'scale':
    case 'matrixScale':
    case 'matrixSingle':
    case 'matrixMultiple':
    case 'ranking':
      throw new Error(`validRow: the 2023 questionnaire has no ${q.type} question`);
  }
}

/** The cells of one valid row with the given serial, `overrides` applied. */
export function validRow(serial: number, overrides: Overrides = {}): string[] {
  const metadata: Record<string, string> = {
    序号: String(serial),
    提交答卷时间: `2023/5/6 9:${String(serial % 60).padStart(2, '0')}:00`,
    所用时间: '520秒',
    来源: '手机提交',
    来源详情: '直接访问',
    来自IP: '202.112.1.1(北京-北京)',
  };
  const cells = [...questionnaire.metadataColumns.map((name) => metadata[name] ?? ''), ...questionnaire.questions.map((q) => validAnswer(q.number, serial))];
  for (const [key, value] of Object.entries(overrides)) {
    const i = /^\d+$/.test(key) ? questionnaire.metadataColumns.length + Number(key) - 1 : questionnaire.metadataColumns.indexOf(key);
    if (i < 0 || i >= cells.length) throw new Error(`validRow: no column ${key}`);
    cells[i] = value;
  }
  return cells;
}

/** A field as RFC 4180 writes it: quoted when it holds `,` `"` or a line break. */
function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text of the given rows (header included by the caller), each line ended by `eol`. */
export function toCsv(rows: readonly (readonly string[])[], eol: '\n' | '\r\n' = '\n'): string {
  return rows.map((r) => r.map(csvField).join(',') + eol).join('');
}

/** A whole CSV file: the valid header, then one valid row per entry of `rows` (serials 1, 2, …) with that entry's overrides. */
export function responseCsv(rows: readonly Overrides[] = [{}], eol: '\n' | '\r\n' = '\n'): string {
  return toCsv([header, ...rows.map((o, i) => validRow(i + 1, o))], eol);
}

/** Reads and validates CSV text as the pipeline would (reader problems included among the errors), without touching the disk. */
export function checkCsv(text: string, file = 'test.csv'): { dataset: Dataset | null; errors: Problem[]; warnings: Problem[] } {
  const validator = responseValidator(file, questionnaire);
  const problems = readCsv(file, text, validator);
  if (problems.some((p) => p.line === undefined)) return { dataset: null, errors: problems, warnings: [] };
  const result = validator.finish();
  const errors = [...problems, ...result.errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { dataset: errors.length === 0 ? result.dataset : null, errors, warnings: result.warnings };
}
