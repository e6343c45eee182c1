import { question, questionRows } from '../questionnaire.ts';
import type { Dataset } from '../types.ts';

export interface MatrixChoiceTable {
  question: number;
  rows: string[];
  options: string[];
  /** `counts[r][i]`: responses choosing option i on row r. */
  counts: number[][];
  /** `answered[r]`: responses that answered row r. */
  answered: number[];
  /** `shares[r][i]` = counts[r][i] / answered[r] (0 for a row nobody answered); a multiple-choice row's shares may add to more than 1. */
  shares: number[][];
}

/** Rows × options of matrix single or multiple choice question `n`: how many chose each option on each row, and what share of the row's answers. */
export function matrixChoiceTable(dataset: Dataset, n: number): MatrixChoiceTable {
  const q = question(dataset.questionnaire, n);
  const c = dataset.answers[n];
  if (c?.type !== 'matrixSingle' && c?.type !== 'matrixMultiple') throw new Error(`第 ${n} 题不是矩阵单选或矩阵多选题`);
  const options = q.options!.map((o) => o.text);
  const counts = questionRows(q).map(() => new Array<number>(options.length).fill(0));
  const answered = new Array<number>(c.rows).fill(0);
  for (let k = 0; k < dataset.size; k++) {
    for (let r = 0; r < c.rows; r++) {
      if (c.type === 'matrixSingle') {
        const pick = c.picks[k * c.rows + r]!;
        if (pick < 0) continue;
        counts[r]![pick]!++;
        answered[r]!++;
        continue;
      }
      let any = false;
      for (let i = 0; i < options.length; i++) {
        if ((c.bits[(k * c.rows + r) * c.words + (i >>> 5)]! & (1 << (i & 31))) === 0) continue;
        counts[r]![i]!++;
        any = true;
      }
      if (any) answered[r]!++;
    }
  }
  return { question: n, rows: questionRows(q).map((r) => r.text), options, counts, answered, shares: counts.map((row, r) => row.map((x) => (answered[r] === 0 ? 0 : x / answered[r]!))) };
}
