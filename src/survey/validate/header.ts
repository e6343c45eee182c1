import { nearestValues } from '../../props/nearest.ts';
import type { Problem } from '../types.ts';
import { normalizeQuestionText } from './normalize.ts';
import type { QuestionRule } from './questionRules.ts';

/** Where each column of the contract sits in a file; -1 where it is missing. */
export interface ColumnMap {
  /** Metadata column name → position (its first occurrence). */
  metadata: Map<string, number>;
  /** `question[n]` is the position of 题n's column (its first occurrence), -1 if missing; index 0 unused. */
  question: Int32Array;
  /**
   * `parts[n][j]`: the position of the column of row j of matrix question n, or
   * of option j of ranking question n written one column per option; −1 where
   * missing; null for the other questions (and a ranking in one column).
   */
  parts: (Int32Array | null)[];
}

const QUESTION_HEADER = /^\s*(\d+)\s*、([\s\S]*)$/;
/** `12(服务态度)`: one row of matrix question 12, or one option of ranking question 12. */
const PART_HEADER = /^\s*(\d+)\s*[(（]([\s\S]*)[)）]\s*$/;
/** Between a matrix question's text and a row's in `12、题干—服务态度`. */
const ROW_SEPARATOR = '—';

/** How a message names part j of a question: a matrix's row or a ranking's option. */
function partName(rule: QuestionRule, j: number): string {
  return `${rule.matrix ? `第 ${j + 1} 行` : '选项'}「${rule.parts![j]!.text}」`;
}

/** The position of the part whose text `text` (normalised) is, −1 when none. */
function findPart(rule: QuestionRule, text: string): number {
  return rule.parts!.findIndex((p) => p.normalized === text);
}

/** Why `text` names no part of the question: the valid ones, and the nearest when one is close. */
function unknownPart(rule: QuestionRule, text: string): string {
  const texts = rule.parts!.map((p) => p.text);
  const near = nearestValues(text, texts, 1);
  return `第 ${rule.number} 题没有${rule.matrix ? '行' : '选项'}「${text}」；应为：${texts.join('、')}${near.length > 0 ? `；是否是「${near[0]}」？` : ''}`;
}

/** The row a matrix header `N、题干—行` names, and the question text before it; null when it names none. */
function rowInQuestionHeader(rule: QuestionRule, text: string): { row: number; stem: string } | null {
  const h = normalizeQuestionText(text);
  let best = -1;
  for (const [row, p] of rule.parts!.entries()) {
    // The longest row text that ends the header wins: one row's text may end another's.
    if (h.endsWith(ROW_SEPARATOR + p.normalized) && (best < 0 || p.normalized.length > rule.parts![best]!.normalized.length)) best = row;
  }
  return best < 0 ? null : { row: best, stem: normalizeQuestionText(h.slice(0, h.length - rule.parts![best]!.normalized.length - ROW_SEPARATOR.length)) };
}

/**
 * Which column holds what, and the header's problems: the six metadata columns
 * must come first and in order; question columns are matched by the number
 * before `、` (unknown, missing or repeated numbers are errors; a question text
 * that differs beyond white space and punctuation width is a warning).
 */
export function validateHeader(
  file: string,
  metadataNames: readonly string[],
  questionRules: readonly QuestionRule[],
  header: readonly string[],
  line: number,
): { columns: ColumnMap; errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const at = (column: string, value: string | undefined, message: string): Problem => ({ severity: 'error', file, line, column, ...(value === undefined ? {} : { value }), message });
  const metadata = new Map<string, number>();
  const question = new Int32Array(questionRules.length + 1).fill(-1);
  const parts: (Int32Array | null)[] = [null, ...questionRules.map((r) => (r.parts === null ? null : new Int32Array(r.parts.length).fill(-1)))];
  const warnText = (raw: string, position: string, n: number, rule: QuestionRule) =>
    warnings.push({ ...at(raw, raw, `${position}：题干与问卷不一致（按题号 ${n} 匹配）；问卷为「${rule.header}」`), severity: 'warning' });
  /** Records column i as part j of question `rule`, or reports it repeated. */
  const setPart = (raw: string, position: string, i: number, rule: QuestionRule, j: number) => {
    const at_ = parts[rule.number]!;
    if (at_[j] !== -1) errors.push(at(raw, raw, `${position}：第 ${rule.number} 题${partName(rule, j)}的列重复（已在第 ${at_[j]! + 1} 列）`));
    else at_[j] = i;
  };

  header.forEach((raw, i) => {
    const cell = raw.trim();
    const position = `第 ${i + 1} 列`;
    if (metadataNames.includes(cell)) {
      if (metadata.has(cell)) errors.push(at(raw, raw, `${position}：元数据列「${cell}」重复（已在第 ${metadata.get(cell)! + 1} 列）`));
      else metadata.set(cell, i);
      return;
    }
    const m = QUESTION_HEADER.exec(cell);
    const p = m === null ? PART_HEADER.exec(cell) : null;
    const partRule = p === null ? undefined : questionRules[Number(p[1]) - 1];
    if (p !== null && partRule?.parts) {
      const j = findPart(partRule, normalizeQuestionText(p[2]!));
      if (j < 0) errors.push(at(raw, raw, `${position}：${unknownPart(partRule, p[2]!.trim())}`));
      else setPart(raw, position, i, partRule, j);
      return;
    }
    if (m === null) {
      if (i >= metadataNames.length) errors.push(at(raw, raw, `${position}：无法识别的列名；应为「题号、题干」形式，如「${questionRules[0]?.header ?? '1、题干'}」`));
      return;
    }
    const n = Number(m[1]);
    const rule = questionRules[n - 1];
    if (rule === undefined) {
      errors.push(at(raw, raw, `${position}：问卷没有第 ${n} 题（共 ${questionRules.length} 题）`));
      return;
    }
    if (rule.matrix) {
      const found = rowInQuestionHeader(rule, m[2]!);
      if (found === null) {
        errors.push(at(raw, raw, `${position}：第 ${n} 题是矩阵题，每行一列；表头应为「${n}(行文字)」或「${n}、题干—行文字」，行为：${rule.parts!.map((x) => x.text).join('、')}`));
        return;
      }
      setPart(raw, position, i, rule, found.row);
      if (found.stem !== rule.normalizedText) warnText(raw, position, n, rule);
      return;
    }
    if (question[n] !== -1) {
      errors.push(at(raw, raw, `${position}：第 ${n} 题的列重复（已在第 ${question[n]! + 1} 列）`));
      return;
    }
    question[n] = i;
    if (normalizeQuestionText(m[2]!) !== rule.normalizedText) warnText(raw, position, n, rule);
  });

  metadataNames.forEach((name, i) => {
    const found = header[i];
    if (found?.trim() === name) return;
    const elsewhere = metadata.get(name);
    const where = elsewhere === undefined ? '表头中没有这一列' : `它在第 ${elsewhere + 1} 列`;
    errors.push(at(found ?? name, found, `第 ${i + 1} 列应为「${name}」（前 6 列应依次为 ${metadataNames.join('、')}）；${where}`));
  });
  for (const rule of questionRules) errors.push(...missingColumns(rule, question[rule.number]!, parts[rule.number]!, (column, message) => at(column, undefined, message)));
  // A ranking written in one column has no option columns.
  questionRules.forEach((rule) => {
    if (!rule.matrix && question[rule.number] !== -1) parts[rule.number] = null;
  });
  return { columns: { metadata, question, parts }, errors, warnings };
}

/**
 * The columns question `rule` lacks: its own (most questions), a row's
 * (matrices), or, for a ranking, an option's when it is written one column
 * per option (and not both ways at once).
 */
function missingColumns(rule: QuestionRule, own: number, parts: Int32Array | null, problem: (column: string, message: string) => Problem): Problem[] {
  const partHeader = (j: number) => `${rule.number}(${rule.parts![j]!.text})`;
  const lacking = parts === null ? [] : [...parts.keys()].filter((j) => parts[j] === -1);
  const written = parts === null ? 0 : parts.length - lacking.length;
  if (rule.matrix) return lacking.map((j) => problem(partHeader(j), `缺少第 ${rule.number} 题${partName(rule, j)}的列；应有一列表头为「${partHeader(j)}」`));
  if (own !== -1 && written > 0) return [problem(rule.header, `第 ${rule.number} 题既有「${rule.header}」一列，又有每个选项一列；排序应只用其中一种写法`)];
  if (own !== -1) return [];
  if (written === 0) return [problem(rule.header, `缺少第 ${rule.number} 题的列；应有一列表头为「${rule.header}」${rule.parts === null ? '' : `（或每个选项一列，如「${partHeader(0)}」）`}`)];
  return lacking.map((j) => problem(partHeader(j), `缺少第 ${rule.number} 题${partName(rule, j)}的列；应有一列表头为「${partHeader(j)}」`));
}
