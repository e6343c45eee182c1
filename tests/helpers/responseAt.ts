/** Reading one response of a dataset back as an object, for tests that look at a response whole. */
import type { AnswerColumn, Dataset } from '../../src/survey/types.ts';

export interface SurveyResponse {
  serial: string;
  line: number;
  submittedAt: Date | null;
  name: string;
  /** Chosen option positions per choice question (single, multiple); [] where it was not answered. */
  choices: Record<number, number[]>;
  /** Per count question, one value per blank (null where unreadable); [] where it was not answered. */
  counts: Record<number, (number | null)[]>;
}

function picksOf(c: AnswerColumn, k: number): number[] {
  if (c.type === 'single') return c.picks[k]! >= 0 ? [c.picks[k]!] : [];
  if (c.type !== 'multiple') return [];
  const picks: number[] = [];
  for (let w = 0; w < c.words; w++) {
    const word = c.bits[k * c.words + w]!;
    for (let b = 0; b < 32; b++) if ((word & (1 << b)) !== 0) picks.push(w * 32 + b);
  }
  return picks;
}

/** Response k of a dataset as an object. */
export function responseAt(dataset: Dataset, k: number): SurveyResponse {
  const choices: Record<number, number[]> = {};
  const counts: Record<number, (number | null)[]> = {};
  dataset.answers.forEach((c, n) => {
    if (c === undefined) return;
    if (c.type === 'count') {
      const values = Array.from(c.values.subarray(k * c.blanks, (k + 1) * c.blanks), (v) => (Number.isNaN(v) ? null : v));
      counts[n] = dataset.answered[n]![k] === 1 ? values : [];
    } else if (c.type === 'single' || c.type === 'multiple') choices[n] = picksOf(c, k);
  });
  const time = dataset.times[k]!;
  return { serial: dataset.serials[k]!, line: dataset.lines[k]!, submittedAt: Number.isNaN(time) ? null : new Date(time), name: dataset.names[k]!, choices, counts };
}
