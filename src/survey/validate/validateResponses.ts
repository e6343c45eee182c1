/**
 * Checks a response file's rows against the contract and the questionnaire
 * while they are read: each row is checked and stored by column as the
 * reader hands it over, so the file's strings are never held twice.
 */
import { withIndices } from '../analysis/compositeIndices.ts';
import { ResponseColumns } from '../columns.ts';
import { metadataHeader, nameQuestion, type MetadataField, type Questionnaire } from '../questionnaire.ts';
import { isBlankRow } from '../read/isBlankRow.ts';
import type { RowSink } from '../read/types.ts';
import type { Dataset, Problem } from '../types.ts';
import { ANSWERED, checkAnswer, checkDecodable, UNKNOWN, type AnswerTarget } from './answerRules.ts';
import { findDuplicates } from './duplicates.ts';
import { validateHeader, type ColumnMap } from './header.ts';
import { checkDuration, checkIp, checkSerial, checkSubmittedAt } from './metadataRules.ts';
import { checkMatrix, checkRankColumns } from './partCells.ts';
import { questionRules } from './questionRules.ts';
import type { RowCursor } from './rowCursor.ts';

export interface ValidationResult {
  /** The responses to build from; null when there is any error. */
  dataset: Dataset | null;
  errors: Problem[];
  warnings: Problem[];
}

/** A validator the reader feeds: the header, then each row; `finish` gives the result. */
export interface ResponseValidator extends RowSink {
  finish(): ValidationResult;
}

/** Sort problems by line (file-level ones first); the sort is stable, so a row's problems keep column order. */
function byLine(a: Problem, b: Problem): number {
  return (a.line ?? 0) - (b.line ?? 0);
}

/** A row must have as many cells as the header; a blank row is reported as such. */
function checkWidth(c: RowCursor, cells: readonly string[], width: number, serialColumn: number): boolean {
  if (cells.length === width) return true;
  const blank = isBlankRow(cells);
  const serial = blank || serialColumn < 0 || cells[serialColumn] === undefined ? {} : { serial: cells[serialColumn]!.trim() };
  c.errors.push({
    severity: 'error',
    file: c.file,
    line: c.line,
    ...serial,
    message: blank ? '空行：只有文件末尾的空行会被忽略，答卷之间不应有空行' : `这一行有 ${cells.length} 个字段，表头有 ${width} 个：文件可能被截断，或值中的逗号、引号、换行没有按 CSV 规则加引号`,
  });
  return false;
}

/** Of each named respondent's submissions only the latest is counted: a warning for each one set aside; the positions kept, or null when all are. */
function setAsideDuplicates(c: RowCursor, columns: ResponseColumns, nameColumn: number): { keep: Int32Array | null; setAside: number } {
  const { names, times, lines, serials } = columns.rows();
  const duplicates = findDuplicates(names, times);
  if (duplicates.length === 0) return { keep: null, setAside: 0 };
  const gone = new Set<number>();
  for (const d of duplicates) {
    gone.add(d.index);
    const [line, kept] = [lines[d.index]!, lines[d.keptIndex]!];
    c.warnings.push({
      severity: 'warning',
      file: c.file,
      line,
      serial: serials[d.index]!,
      column: c.header[nameColumn]!,
      value: names[d.index]!,
      message: `同一单位有多份答卷：本行（第 ${line} 行，序号 ${serials[d.index]}）与第 ${kept} 行（序号 ${serials[d.keptIndex]}）；${d.byTime ? '按提交答卷时间' : '提交时间读不出，按文件顺序'}计入较晚的第 ${kept} 行，本行不计入`,
    });
  }
  return { keep: Int32Array.from({ length: columns.size }, (_, k) => k).filter((k) => !gone.has(k)), setAside: duplicates.length };
}

/** Where each metadata column the rules read is, −1 where the file lacks it. */
function metadataPositions(columns: ColumnMap, qn: Questionnaire) {
  const at = (field: MetadataField) => columns.metadata.get(metadataHeader(qn, field)) ?? -1;
  return { serial: at('serial'), submitted: at('submittedAt'), duration: at('duration'), ip: at('ip') };
}

/**
 * A validator of the rows of file `file` against questionnaire `qn` and the
 * contract. `undecodable`: the text was decoded with replacement characters
 * for bytes that are not GB18030, which are then reported cell by cell.
 */
export function responseValidator(file: string, qn: Questionnaire, undecodable = false): ResponseValidator {
  const rules = questionRules(qn);
  const columns = new ResponseColumns(qn);
  const cursor: RowCursor = { file, header: [], line: 0, serial: null, errors: [], warnings: [] };
  const widest = Math.max(1, ...qn.questions.map((q) => q.options?.length ?? 0));
  const target: AnswerTarget = { columns, k: 0, status: new Uint8Array(rules.length + 1), picked: new Uint32Array(Math.ceil(widest / 32)), ranks: new Uint8Array(widest), undecodable };
  const serialsSeen = new Map<string | number, number>();
  const nameNumber = nameQuestion(qn)?.number;
  let map: ColumnMap | null = null;
  let meta = { serial: -1, submitted: -1, duration: -1, ip: -1 };
  let questionColumns: number[] = [];
  let partColumns: (Int32Array | null)[] = [];
  let nameColumn = -1;
  let rows = 0;

  /** Every question's cell of the current row, in questionnaire order (skip logic reads earlier answers). */
  const checkAnswers = (cells: readonly string[]) => {
    rules.forEach((rule, q) => {
      const column = questionColumns[q]!;
      const parts = partColumns[q];
      let status: number;
      if (parts) status = parts.includes(-1) ? UNKNOWN : rule.matrix ? checkMatrix(cursor, rule, target, parts, cells) : checkRankColumns(cursor, rule, target, parts, cells);
      else status = column < 0 ? UNKNOWN : checkAnswer(cursor, rule, target, column, cells[column]!);
      target.status[rule.number] = status;
      if (status === ANSWERED) columns.markAnswered(rule.number, target.k);
    });
  };

  return {
    header(cells, line) {
      const checked = validateHeader(file, qn.metadataColumns, rules, cells, line);
      cursor.header = cells;
      cursor.errors.push(...checked.errors);
      cursor.warnings.push(...checked.warnings);
      map = checked.columns;
      meta = metadataPositions(map, qn);
      questionColumns = rules.map((r) => map!.question[r.number]!);
      partColumns = rules.map((r) => map!.parts[r.number]!);
      nameColumn = nameNumber === undefined ? -1 : map.question[nameNumber]!;
    },
    row(cells, line) {
      rows++;
      cursor.line = line;
      cursor.serial = null;
      if (!checkWidth(cursor, cells, cursor.header.length, meta.serial)) return;
      const serial = meta.serial >= 0 ? cells[meta.serial]!.trim() : '';
      if (meta.serial >= 0) cursor.serial = serial;
      if (undecodable) for (const column of map!.metadata.values()) checkDecodable(cursor, column, cells[column]!);
      if (meta.serial >= 0) checkSerial(cursor, meta.serial, cells[meta.serial]!, serialsSeen);
      const time = meta.submitted >= 0 ? checkSubmittedAt(cursor, meta.submitted, cells[meta.submitted]!) : NaN;
      if (meta.duration >= 0) checkDuration(cursor, meta.duration, cells[meta.duration]!);
      if (meta.ip >= 0) checkIp(cursor, meta.ip, cells[meta.ip]!);
      target.k = columns.add(line, serial, time, nameColumn >= 0 ? cells[nameColumn]!.trim() : '');
      checkAnswers(cells);
    },
    finish() {
      if (map !== null && rows === 0) cursor.errors.push({ severity: 'error', file, message: '文件中没有答卷：表头之后没有数据行' });
      const { keep, setAside } = setAsideDuplicates(cursor, columns, nameColumn);
      const errors = cursor.errors.sort(byLine);
      const warnings = cursor.warnings.sort(byLine);
      const dataset = errors.length === 0 && map !== null ? withIndices(columns.toResponses(file, keep, setAside, warnings)) : null;
      return { dataset, errors, warnings };
    },
  };
}

/** Checks a header and rows already read (each row with its line) and gives the dataset or every problem. */
export function validateResponses(file: string, qn: Questionnaire, header: string[], rows: readonly { line: number; cells: string[] }[], headerLine = 1): ValidationResult {
  const v = responseValidator(file, qn);
  v.header(header, headerLine);
  for (const r of rows) v.row(r.cells, r.line);
  return v.finish();
}
