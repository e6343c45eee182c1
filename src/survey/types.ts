/** Shapes shared by the reader, the validator and the analysis. */
import type { CompositeIndex, Questionnaire } from './questionnaireSchema.ts';

/** A problem found in a response file. */
export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  /** 1-based line (CSV) or row (XLSX); absent for file-level problems. */
  line?: number;
  serial?: string;
  column?: string;
  value?: string;
  /** What is wrong and what was expected, in Chinese. */
  message: string;
}

/**
 * The answers to one question, one entry per response (k = 0 … size − 1):
 * - multiple choice: a bit set of chosen options, `words` 32-bit words per response
 *   (option i of response k is bit `i & 31` of `bits[k * words + (i >>> 5)]`);
 * - single choice: the chosen option's position, −1 for none;
 * - counts: one number per blank (`values[k * blanks + j]`), NaN where missing;
 * - scales (a scale has one row): the chosen point's position per row
 *   (`points[k * rows + r]`), `NO_POINT` where missing, `NOT_APPLICABLE` for 不适用;
 * - matrix single choice: the chosen option's position per row (`picks[k * rows + r]`), −1 for none;
 * - matrix multiple choice: a bit set per row, `words` words each (`bits[(k * rows + r) * words + w]`);
 * - rankings: each option's rank, 1 for first (`ranks[k * options + i]`), 0 where not ranked.
 * Free-text and upload questions have no column: their answers are never kept.
 */
export type AnswerColumn =
  | { type: 'multiple'; words: number; bits: Uint32Array }
  | { type: 'single'; picks: Int32Array }
  | { type: 'count'; blanks: number; values: Float64Array }
  | { type: 'scale'; rows: number; points: Int8Array }
  | { type: 'matrixSingle'; rows: number; picks: Int32Array }
  | { type: 'matrixMultiple'; rows: number; words: number; bits: Uint32Array }
  | { type: 'ranking'; options: number; ranks: Uint8Array };

/** A scale row's cell that was empty, `(空)` or skipped. */
export const NO_POINT = -1;
/** A scale row answered 不适用: counted apart, in no mean. */
export const NOT_APPLICABLE = -2;

/**
 * One composite index over the responses: options chosen across its member
 * questions (`kind: 'count'`), or the mean score of its scale rows
 * (`kind: 'mean'`, NaN for a response that scored none of them).
 */
export interface IndexColumn {
  index: CompositeIndex;
  kind: 'count' | 'mean';
  values: Float64Array;
}

/** A validated response file, stored by column. */
export interface Responses {
  file: string;
  questionnaire: Questionnaire;
  /** How many responses are counted (a named respondent's later submission replaces its earlier one). */
  size: number;
  /** `answers[n]`: question n's column; undefined for questions whose answers are not kept. */
  answers: readonly (AnswerColumn | undefined)[];
  /** `answered[n][k]` is 1 when response k answered question n (skipped, `(空)` and empty cells are not answers). */
  answered: readonly Uint8Array[];
  /** Per response: the line (CSV) or row (XLSX) it is on. */
  lines: Int32Array;
  /** Per response: `序号` as written. */
  serials: readonly string[];
  /** Per response: `提交答卷时间` in ms since the epoch, NaN when it could not be read. */
  times: Float64Array;
  /** Per response: the respondent named by the questionnaire's name question (trimmed); empty without one. */
  names: readonly string[];
  /** How many submissions were set aside as earlier duplicates. */
  setAside: number;
  warnings: Problem[];
}

/** A validated response file with its composite indices: what the site is built from. */
export interface Dataset extends Responses {
  /** Every composite index the questionnaire defines, in its order, computed once. */
  indices: readonly IndexColumn[];
}
