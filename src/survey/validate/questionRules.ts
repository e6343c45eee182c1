import { questionnaire, type Question } from '../questionnaire.ts';
import { normalizeOptionText, normalizeQuestionText } from './normalize.ts';

/** Everything the validator needs about one question, computed once from questionnaire.json. */
export interface QuestionRule {
  question: Question;
  number: number;
  /** `N、题干`, the header the contract expects. */
  header: string;
  /** The question text as headers are compared. */
  normalizedText: string;
  /** Option text exactly as in the questionnaire → position. */
  exact: Map<string, number>;
  /** Normalised option text → position. */
  normalized: Map<string, number>;
  /** Normalised text of an option that takes a write-in → position. */
  writeIn: Map<string, number>;
  /** Option texts by position. */
  texts: string[];
  /** `textKey` of an option text → the options with that key, for matching a token in place without building a string. */
  byKey: Map<number, number[]>;
  /** Position of the exclusive "none" option, or -1. */
  exclusive: number;
  /** The options for an error message: `资源荐购、上门送书/取书服务、…`. */
  expected: string;
  /** Skip logic resolved to positions: shown when `question`'s answer includes (or excludes) `option`. */
  shownIf: { question: number; option: number; optionText: string; includes: boolean } | null;
}

/**
 * A cheap key of the text `s.slice(start, end)`: its first and last character
 * and its length, as a small integer. Option texts of a question nearly never
 * share one, so a token is matched by one look-up and one comparison.
 */
export function textKey(s: string, start: number, end: number): number {
  return ((s.charCodeAt(start) * 31 + s.charCodeAt(end - 1)) * 256 + (end - start)) & 0x3fffffff;
}

function ruleFor(q: Question): QuestionRule {
  const options = q.options ?? [];
  const exact = new Map<string, number>();
  const normalized = new Map<string, number>();
  const writeIn = new Map<string, number>();
  options.forEach((o, i) => {
    exact.set(o.text, i);
    normalized.set(normalizeOptionText(o.text), i);
    if (o.writeIn) writeIn.set(normalizeOptionText(o.text), i);
  });
  const byKey = new Map<number, number[]>();
  options.forEach((o, i) => {
    const key = textKey(o.text, 0, o.text.length);
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  let shownIf: QuestionRule['shownIf'] = null;
  if (q.shownIf) {
    const target = questionnaire.questions[q.shownIf.question - 1]!;
    const optionText = (q.shownIf.includes ?? q.shownIf.excludes)!;
    // Rows are checked in question order, so the deciding answer must come first.
    if (target.number >= q.number) throw new Error(`题${q.number} 的跳题逻辑引用了后面的题${target.number}`);
    shownIf = { question: target.number, option: target.options!.findIndex((o) => o.text === optionText), optionText, includes: q.shownIf.includes !== undefined };
  }
  return {
    question: q,
    number: q.number,
    header: `${q.number}、${q.text}`,
    normalizedText: normalizeQuestionText(q.text),
    exact,
    normalized,
    writeIn,
    texts: options.map((o) => o.text),
    byKey,
    exclusive: options.findIndex((o) => o.exclusive),
    expected: options.map((o) => o.text).join('、'),
    shownIf,
  };
}

/** One rule per question, in questionnaire order (`questionRules[n - 1]` is 题n). */
export const questionRules: readonly QuestionRule[] = questionnaire.questions.map(ruleFor);
