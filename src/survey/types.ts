/** Shapes shared by the reader, the validator and the analysis. */

/** One response as the analysis sees it, after validation. */
export interface SurveyResponse {
  /** `序号` as written in the file. */
  serial: string;
  /** 1-based line (CSV) or row (XLSX) of the response in its file; the header is 1. */
  line: number;
  /** `提交答卷时间` parsed, or null when it could not be read. */
  submittedAt: Date | null;
  /** 题3, trimmed. Published only for libraries the report names. */
  library: string;
  /** Chosen option positions (0-based, questionnaire order) per choice question; a skipped question has []. */
  choices: Record<number, number[]>;
  /** Counts typed into 题22–24, one per blank; null where the text could not be read. */
  counts: Record<number, (number | null)[]>;
}

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

/** A validated response file: what the site is built from. */
export interface Dataset {
  file: string;
  /** Responses that are counted (a library's later submission replaces its earlier one). */
  responses: SurveyResponse[];
  /** How many submissions were set aside as earlier duplicates. */
  setAside: number;
  warnings: Problem[];
  /**
   * How many counted responses answered each question (题n → count; skipped,
   * `(空)` and empty cells are not answers). Set by the validator, for the
   * data check's summary; free-text answers themselves are never kept.
   */
  answered?: Record<number, number>;
}
