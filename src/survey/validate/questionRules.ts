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
  /**
   * Whether cells can be matched in place (see choiceCell.ts): at most 30
   * options, none of whose texts holds `┋`, `〖` or `〗`.
   */
  inPlace: boolean;
  /**
   * Option matching in place, without building a string: `slots[c & SLOT_MASK]`
   * is the last option whose text starts with a character `c` of that slot (or -1),
   * `nextInSlot[i]` the option before `i` in the same slot.
   */
  slots: Int16Array;
  nextInSlot: Int16Array;
  /** `writeInAt[i]` is 1 when option `i` takes a write-in. */
  writeInAt: Uint8Array;
  /** A frozen `[i]` for each option `i`: the picks of a cell naming one option, shared by every response. */
  singletons: readonly (readonly number[])[];
  /** Position of the exclusive "none" option, or -1. */
  exclusive: number;
  /** The options for an error message: `资源荐购、上门送书/取书服务、…`. */
  expected: string;
  /** Skip logic resolved to positions: shown when `question`'s answer includes (or excludes) `option`. */
  shownIf: { question: number; option: number; optionText: string; includes: boolean } | null;
}

/** Size − 1 of a question's option slot table (a power of two minus one). */
export const SLOT_MASK = 255;
/** Options the in-place matcher tracks in a 32-bit mask. */
const MAX_IN_PLACE_OPTIONS = 30;

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
  const slots = new Int16Array(SLOT_MASK + 1).fill(-1);
  const nextInSlot = new Int16Array(options.length).fill(-1);
  options.forEach((o, i) => {
    const slot = o.text.charCodeAt(0) & SLOT_MASK;
    nextInSlot[i] = slots[slot]!;
    slots[slot] = i;
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
    inPlace: options.length <= MAX_IN_PLACE_OPTIONS && options.every((o) => !/[┋〖〗]/.test(o.text)),
    slots,
    nextInSlot,
    writeInAt: Uint8Array.from(options, (o) => (o.writeIn ? 1 : 0)),
    singletons: options.map((_, i) => Object.freeze([i])),
    exclusive: options.findIndex((o) => o.exclusive),
    expected: options.map((o) => o.text).join('、'),
    shownIf,
  };
}

/** One rule per question, in questionnaire order (`questionRules[n - 1]` is 题n). */
export const questionRules: readonly QuestionRule[] = questionnaire.questions.map(ruleFor);
