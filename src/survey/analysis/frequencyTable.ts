import { choiceQuestion, optionLabel } from '../questionnaire.ts';
import type { Dataset } from '../types.ts';
import { formatPercent } from './formatPercent.ts';

export interface FrequencyRow {
  /** 0-based position of the option in the questionnaire. */
  option: number;
  /** The option's text in the questionnaire. */
  text: string;
  /** What the report prints for it. */
  label: string;
  group?: string;
  count: number;
  /** count / number of valid responses */
  share: number;
  /** The share as the report prints it. */
  percent: string;
}

export interface FrequencyTable {
  question: number;
  total: number;
  rows: FrequencyRow[];
  /** How many chose `其他` in a multiple-choice question (not a ranked row); null when the question has none or it is a row. */
  otherCount: number | null;
}

/** How many responses chose each option of choice question `n`, by option position. */
export function optionCounts(dataset: Dataset, n: number): number[] {
  const counts = new Array<number>(choiceQuestion(dataset.questionnaire, n).options.length).fill(0);
  const column = dataset.answers[n]!;
  if (column.type === 'single') {
    for (let k = 0; k < dataset.size; k++) if (column.picks[k]! >= 0) counts[column.picks[k]!]!++;
  } else if (column.type === 'multiple') {
    const { words, bits } = column;
    for (let k = 0; k < dataset.size; k++) {
      for (let w = 0; w < words; w++) {
        // Visit only the set bits: clz32 finds the highest, which is then cleared.
        for (let word = bits[k * words + w]!; word !== 0; ) {
          const b = 31 - Math.clz32(word);
          counts[w * 32 + b]!++;
          word &= ~(1 << b);
        }
      }
    }
  }
  return counts;
}

/**
 * The report's frequency table for a choice question: every option with its
 * count and percentage of all valid responses. Multiple choice: sorted by
 * count (ties keep questionnaire order), grouped when the question has groups,
 * `其他` left out of the ranking, an exclusive "none" option last.
 * Single choice: questionnaire order, every option.
 */
export function frequencyTable(dataset: Dataset, n: number): FrequencyTable {
  const q = choiceQuestion(dataset.questionnaire, n);
  const total = dataset.size;
  const counts = optionCounts(dataset, n);
  const rows: FrequencyRow[] = q.options.map((o, i) => ({
    option: i,
    text: o.text,
    label: optionLabel(o),
    ...(o.group === undefined ? {} : { group: o.group }),
    count: counts[i]!,
    share: total === 0 ? 0 : counts[i]! / total,
    percent: total === 0 ? '0%' : formatPercent(counts[i]!, total),
  }));
  if (q.type === 'single') return { question: n, total, rows, otherCount: null };

  const rank = (o: (typeof q.options)[number]) => (o.exclusive ? 2 : 0);
  const groupOrder = (g: string | undefined) => (g === undefined ? 0 : q.groups!.indexOf(g));
  const otherIndex = q.options.findIndex((o) => o.other);
  const ranked = rows
    .filter((r) => r.option !== otherIndex)
    .sort(
      (a, b) =>
        rank(q.options[a.option]!) - rank(q.options[b.option]!) ||
        groupOrder(a.group) - groupOrder(b.group) ||
        b.count - a.count ||
        a.option - b.option,
    );
  return { question: n, total, rows: ranked, otherCount: otherIndex < 0 ? null : counts[otherIndex]! };
}
