import { choiceQuestion, optionLabel } from '../questionnaire.ts';
import type { SurveyResponse } from '../types.ts';
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

/** How many responses chose each option of question `n`, by option position. */
export function optionCounts(responses: readonly SurveyResponse[], n: number): number[] {
  const counts = new Array<number>(choiceQuestion(n).options.length).fill(0);
  // Indexed loops: this walks every response once per question.
  for (let k = 0; k < responses.length; k++) {
    const picks = responses[k]!.choices[n];
    if (picks == null) continue;
    for (let j = 0; j < picks.length; j++) counts[picks[j]!]!++;
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
export function frequencyTable(responses: readonly SurveyResponse[], n: number): FrequencyTable {
  const q = choiceQuestion(n);
  const total = responses.length;
  const counts = optionCounts(responses, n);
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
