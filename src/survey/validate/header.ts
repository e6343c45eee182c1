import type { Problem } from '../types.ts';
import { normalizeQuestionText } from './normalize.ts';
import type { QuestionRule } from './questionRules.ts';

/** Where each column of the contract sits in a file; -1 where it is missing. */
export interface ColumnMap {
  /** Metadata column name → position (its first occurrence). */
  metadata: Map<string, number>;
  /** `question[n]` is the position of 题n's column (its first occurrence), -1 if missing; index 0 unused. */
  question: Int32Array;
}

const QUESTION_HEADER = /^\s*(\d+)\s*、([\s\S]*)$/;

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

  header.forEach((raw, i) => {
    const cell = raw.trim();
    const position = `第 ${i + 1} 列`;
    if (metadataNames.includes(cell)) {
      if (metadata.has(cell)) errors.push(at(raw, raw, `${position}：元数据列「${cell}」重复（已在第 ${metadata.get(cell)! + 1} 列）`));
      else metadata.set(cell, i);
      return;
    }
    const m = QUESTION_HEADER.exec(cell);
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
    if (question[n] !== -1) {
      errors.push(at(raw, raw, `${position}：第 ${n} 题的列重复（已在第 ${question[n]! + 1} 列）`));
      return;
    }
    question[n] = i;
    if (normalizeQuestionText(m[2]!) !== rule.normalizedText) {
      warnings.push({ ...at(raw, raw, `${position}：题干与问卷不一致（按题号 ${n} 匹配）；问卷为「${rule.header}」`), severity: 'warning' });
    }
  });

  metadataNames.forEach((name, i) => {
    const found = header[i];
    if (found?.trim() === name) return;
    const elsewhere = metadata.get(name);
    const where = elsewhere === undefined ? '表头中没有这一列' : `它在第 ${elsewhere + 1} 列`;
    errors.push(at(found ?? name, found, `第 ${i + 1} 列应为「${name}」（前 6 列应依次为 ${metadataNames.join('、')}）；${where}`));
  });
  for (const rule of questionRules) {
    if (question[rule.number] === -1) errors.push(at(rule.header, undefined, `缺少第 ${rule.number} 题的列；应有一列表头为「${rule.header}」`));
  }
  return { columns: { metadata, question }, errors, warnings };
}
