/** What the validator needs about each question, computed once per validation from the questionnaire. */
import { isChoice, isScale, questionRows, type Question, type Questionnaire } from '../questionnaire.ts';
import type { ChoiceRule } from './choiceCell.ts';
import { normalizeQuestionText } from './normalize.ts';
import { optionMatcher } from './optionMatcher.ts';
import { unitsAfterBlanks } from './parseCount.ts';
import type { RankingRule } from './rankingCell.ts';
import { scaleRule, type ScaleRule } from './scaleCell.ts';

/** A column a question's answers may take besides its own: a matrix row, or a ranking's option. */
export interface QuestionPart {
  text: string;
  /** The text as headers are compared. */
  normalized: string;
}

export interface QuestionRule {
  question: Question;
  number: number;
  /** `N、题干`, the header the contract expects. */
  header: string;
  /** The question text as headers are compared. */
  normalizedText: string;
  /** For choice questions: how their cells are read (matrix single and multiple: each row's cell). */
  choice: ChoiceRule | null;
  /** For scale and matrix scale questions: how a row's cell is read. */
  scale: ScaleRule | null;
  /** For ranking questions: how the ranking is read. */
  ranking: RankingRule | null;
  /** For count questions: the units its text writes after its blanks (`____人次` → 人次), which a count may carry. */
  blankUnits: readonly string[];
  /** One column each in the file: a matrix's rows (required) or a ranking's options (one way to write it); null otherwise. */
  parts: QuestionPart[] | null;
  /** Whether the question's answers take one column per part always (matrices), rather than one column (everything else). */
  matrix: boolean;
  /** Skip logic resolved to positions: shown when `question`'s answer includes (or excludes) `option`. */
  shownIf: { question: number; option: number; optionText: string; includes: boolean } | null;
}

/** How a choice question's cell, or a matrix choice question's row cell, is read. */
function choiceRule(q: Question): ChoiceRule | null {
  const matrix = q.type === 'matrixSingle' || q.type === 'matrixMultiple';
  if (!isChoice(q) && !matrix) return null;
  return { matcher: optionMatcher(q.options!), single: q.type === 'single' || q.type === 'matrixSingle', exclusive: q.options!.findIndex((o) => o.exclusive) };
}

/** The columns of a matrix's rows or of a ranking's options. */
function partsOf(q: Question): QuestionPart[] | null {
  const texts = q.type === 'ranking' ? q.options!.map((o) => o.text) : questionRows(q).map((r) => r.text);
  return texts.length === 0 ? null : texts.map((text) => ({ text, normalized: normalizeQuestionText(text) }));
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
    choice: choiceRule(q),
    scale: isScale(q) ? scaleRule(q) : null,
    ranking: q.type === 'ranking' ? { matcher: optionMatcher(q.options!), limit: q.rankTop ?? q.options!.length, all: q.rankAll === true } : null,
    blankUnits: q.type === 'count' ? unitsAfterBlanks(q.text) : [],
    parts: partsOf(q),
    matrix: questionRows(q).length > 0,
    shownIf,
  };
}

/** One rule per question, in questionnaire order (`rules[n - 1]` is question n). */
export function questionRules(qn: Questionnaire): QuestionRule[] {
  return qn.questions.map((q) => ruleFor(qn, q));
}
