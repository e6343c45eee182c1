/** What the validator needs about each question, computed once per validation from the questionnaire. */
import { isChoice, type Question, type Questionnaire } from '../questionnaire.ts';
import type { ChoiceRule } from './choiceCell.ts';
import { normalizeQuestionText } from './normalize.ts';
import { optionMatcher } from './optionMatcher.ts';

export interface QuestionRule {
  question: Question;
  number: number;
  /** `N、题干`, the header the contract expects. */
  header: string;
  /** The question text as headers are compared. */
  normalizedText: string;
  /** For choice questions: how their cells are read. */
  choice: ChoiceRule | null;
  /** Skip logic resolved to positions: shown when `question`'s answer includes (or excludes) `option`. */
  shownIf: { question: number; option: number; optionText: string; includes: boolean } | null;
}

/** The rule of one question of `qn`. */
function ruleFor(qn: Questionnaire, q: Question): QuestionRule {
  let shownIf: QuestionRule['shownIf'] = null;
  if (q.shownIf) {
    const target = qn.questions[q.shownIf.question - 1]!;
    const optionText = (q.shownIf.includes ?? q.shownIf.excludes)!;
    shownIf = { question: target.number, option: target.options!.findIndex((o) => o.text === optionText), optionText, includes: q.shownIf.includes !== undefined };
  }
  return {
    question: q,
    number: q.number,
    header: `${q.number}、${q.text}`,
    normalizedText: normalizeQuestionText(q.text),
    choice: isChoice(q) ? { matcher: optionMatcher(q.options), single: q.type === 'single', exclusive: q.options.findIndex((o) => o.exclusive) } : null,
    shownIf,
  };
}

/** One rule per question, in questionnaire order (`rules[n - 1]` is question n). */
export function questionRules(qn: Questionnaire): QuestionRule[] {
  return qn.questions.map((q) => ruleFor(qn, q));
}
