/**
 * A choice question followed back through the editions it continues: for
 * each option, its count and share in every edition where it existed, and the
 * change between any two of them with its interval. A question that is not
 * linked has a trend of one edition: nothing is compared.
 */
import { choiceQuestion, nameQuestion } from '../survey/questionnaire.ts';
import type { EditionContext, EditionData } from './editionContext.ts';
import { proportionChange, type ProportionChange } from './proportionChange.ts';
import { pointChangeHundredths } from './pointChange.ts';

/** One edition of a trend: which of its questions it is. */
export interface TrendEdition {
  id: string;
  label: string;
  question: number;
  total: number;
  /** Whether the question's wording changed from the edition before it in the trend. */
  reworded: boolean;
}

/** An option's figures in one edition. */
export interface TrendCell {
  /** The option's text in that edition. */
  text: string;
  count: number;
  n: number;
}

export interface TrendRow {
  /** The option's text in the latest edition where it exists. */
  text: string;
  /** One per edition of the trend; null where the option did not exist. */
  cells: readonly (TrendCell | null)[];
}

export interface QuestionTrend {
  question: number;
  editions: readonly TrendEdition[];
  rows: readonly TrendRow[];
}

/** A change between two editions of a trend row: in hundredths of a point (as printed), and with its interval. */
export interface TrendChange extends ProportionChange {
  hundredths: number;
}

/** The editions question `question` of the current edition goes back through, oldest first. */
function chain(context: EditionContext, question: number): { edition: EditionData; question: number; reworded: boolean }[] {
  const steps = [];
  let q = question;
  for (let i = context.editions.length - 1; i >= 0; i--) {
    const edition = context.editions[i]!;
    const link = edition.links.get(q);
    steps.unshift({ edition, question: q, reworded: link?.reworded ?? false });
    if (!link) break;
    q = link.continues;
  }
  return steps;
}

/** The trend of choice question `question` of the current edition. */
export function questionTrend(context: EditionContext, question: number): QuestionTrend {
  const steps = chain(context, question);
  const optionTexts = steps.map((s) => choiceQuestion(s.edition.data.questionnaire, s.question).options.map((o) => o.text));
  const last = steps.length - 1;
  // Each row: the option's text in every step, walked back through the links; dropped options join where they end.
  const rows: (string | null)[][] = optionTexts[last]!.map((t) => steps.map((_, j) => (j === last ? t : null)));
  for (let j = last; j > 0; j--) {
    const link = steps[j]!.edition.links.get(steps[j]!.question)!;
    for (const row of rows) {
      const text = row[j];
      if (text != null) row[j - 1] = link.optionFrom[optionTexts[j]!.indexOf(text)] ?? null;
    }
    for (const t of link.dropped) rows.push(steps.map((_, k) => (k === j - 1 ? t : null)));
  }
  return {
    question,
    editions: steps.map((s) => ({ id: s.edition.id, label: s.edition.label, question: s.question, total: s.edition.data.total, reworded: s.reworded })),
    rows: rows.map((texts) => ({
      text: texts.findLast((t) => t != null)!,
      cells: texts.map((t, j) => {
        if (t == null) return null;
        const { data } = steps[j]!.edition;
        return { text: t, count: data.optionCount(steps[j]!.question, optionTexts[j]!.indexOf(t)), n: data.total };
      }),
    })),
  };
}

/** The change of a row from edition position `from` to `to` of its trend; null where the option is missing from either or a base is empty. */
export function trendChange(row: TrendRow, from: number, to: number): TrendChange | null {
  const a = row.cells[from];
  const b = row.cells[to];
  if (!a || !b || a.n === 0 || b.n === 0) return null;
  return { ...proportionChange(a, b), hundredths: pointChangeHundredths(a, b) };
}

/** Whether any step of the trend after the first changed the question's wording. */
export function trendReworded(trend: QuestionTrend): boolean {
  return trend.editions.some((e, i) => i > 0 && e.reworded);
}

/** How many respondents, matched by the name role, answered both `a` and `b`; null when either has no name question. */
export function matchedRespondents(a: EditionData, b: EditionData): number | null {
  if (!nameQuestion(a.data.questionnaire) || !nameQuestion(b.data.questionnaire)) return null;
  const seen = new Set(a.data.dataset.names.filter(Boolean));
  return new Set(b.data.dataset.names.filter((n) => seen.has(n))).size;
}
