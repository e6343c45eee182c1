/**
 * Two editions of a series compared, for `compare-data`: each choice question
 * of the later edition linked back to the earlier one, with every option's
 * share in both and the change between them; the questions not linked; the
 * composite indices; the respondents in both. Every figure is read off the
 * trends the report pages print (`questionTrend`, `indexTrends`), taken at
 * the two editions.
 */
import { formatPercent } from '../survey/analysis/formatPercent.ts';
import { choiceQuestion, closedQuestions } from '../survey/questionnaire.ts';
import type { EditionContext, EditionData } from './editionContext.ts';
import { indexTrends } from './indexTrend.ts';
import type { MeanChange } from './meanChange.ts';
import { matchedRespondents, questionTrend, trendChange, type TrendCell, type TrendChange } from './trend.ts';

export interface ComparedEdition {
  id: string;
  label: string;
  total: number;
}

/** An option in one edition: its text there, count, base and printed percentage. */
export type ComparedCell = TrendCell & { percent: string };

export interface ComparedOption {
  /** Null where the option does not exist in that edition (new in the later one, or dropped from the earlier one). */
  before: ComparedCell | null;
  after: ComparedCell | null;
  change: TrendChange | null;
}

export interface ComparedQuestion {
  /** The question's number in the later edition, and the number of the question it continues in the earlier one. */
  question: number;
  continues: number;
  text: string;
  /** Whether its wording changed in any edition after the earlier one: the comparison is then only indicative. */
  reworded: boolean;
  options: ComparedOption[];
}

export interface ComparedIndex {
  id: string;
  name: string;
  before: { mean: number; n: number } | null;
  after: { mean: number; n: number } | null;
  change: MeanChange | null;
}

export interface EditionComparison {
  seriesTitle: string;
  before: ComparedEdition;
  after: ComparedEdition;
  /** Whether the earlier edition is the one just before the later. */
  adjacent: boolean;
  /** Respondents in both, matched by the name question (a count only); null when an edition has none. */
  matched: number | null;
  questions: ComparedQuestion[];
  /** Choice questions of the later edition that no question of the earlier one leads to: not compared. */
  notLinked: number[];
  /** Choice questions of the earlier edition that no question of the later one continues. */
  discontinued: number[];
  indices: ComparedIndex[];
}

function edition(e: EditionData): ComparedEdition {
  return { id: e.id, label: e.label, total: e.data.total };
}

function cell(c: TrendCell | null | undefined): ComparedCell | null {
  return c && c.n > 0 ? { ...c, percent: formatPercent(c.count, c.n) } : null;
}

/** The question `question` of the current edition compared with the edition at position `from`; null when its links do not reach that edition. */
function comparedQuestion(context: EditionContext, from: number, question: number): ComparedQuestion | null {
  const trend = questionTrend(context, question);
  const a = trend.editions.findIndex((e) => e.id === context.editions[from]!.id);
  if (a < 0) return null;
  const b = trend.editions.length - 1;
  return {
    question,
    continues: trend.editions[a]!.question,
    text: choiceQuestion(context.editions.at(-1)!.data.questionnaire, question).text,
    reworded: trend.editions.slice(a + 1).some((e) => e.reworded),
    // An option that lived only in editions between the two is in neither: left out.
    options: trend.rows.filter((r) => r.cells[a] || r.cells[b]).map((r) => ({ before: cell(r.cells[a]), after: cell(r.cells[b]), change: trendChange(r, a, b) })),
  };
}

/** The current (last) edition of `context` compared with the edition at position `from`. */
export function compareEditions(context: EditionContext, from: number): EditionComparison {
  const earlier = context.editions[from]!;
  const later = context.editions.at(-1)!;
  const compared = closedQuestions(later.data.questionnaire).map((q) => [q, comparedQuestion(context, from, q)] as const);
  const questions = compared.flatMap(([, c]) => (c ? [c] : []));
  const continued = new Set(questions.map((q) => q.continues));
  return {
    seriesTitle: context.seriesTitle,
    before: edition(earlier),
    after: edition(later),
    adjacent: from === context.editions.length - 2,
    matched: matchedRespondents(earlier, later),
    questions,
    notLinked: compared.flatMap(([q, c]) => (c ? [] : [q])),
    discontinued: closedQuestions(earlier.data.questionnaire).filter((q) => !continued.has(q)),
    indices: indexTrends(context, from).map((t) => ({ id: t.id, name: t.name, before: t.means[from] ?? null, after: t.means.at(-1) ?? null, change: t.change })),
  };
}
