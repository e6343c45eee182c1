/**
 * Turns an assignment (who chose which option) into the rows of the
 * response file, cell by cell as the contract says: `┋` between options,
 * `其他〖…〗` write-ins, `(跳过)` where the questionnaire's logic hides a
 * question, `(空)` for optional questions left empty, `a^b` for 题24.
 */
import { choiceQuestion, type ChoiceQuestion, type Questionnaire } from '../../src/survey/questionnaire.ts';
import type { Assignment } from './assign.ts';
import type { Rng } from './prng.ts';
import {
  brandEvents,
  fakeIp,
  fakeName,
  fakePhone,
  freeTexts,
  headCount,
  namedLibraryRegions,
  placeholderLibrary,
  source,
  submissionTimes,
  timeSpent,
  typedCount,
  uploadNames,
  writeIns,
} from './texts.ts';

export const SKIPPED = '(跳过)';
export const EMPTY = '(空)';

export interface BuiltRows {
  /** Data rows, in the header's column order. */
  rows: string[][];
}

/** How often an optional free-text question is answered (more often by the libraries the report names). */
const answerRate: Record<number, number> = { 7: 0.35, 8: 0.35, 11: 0.3, 12: 0.3, 17: 0.25, 20: 0.25, 27: 0.3, 30: 0.2 };

export function buildRows(rng: Rng, questionnaire: Questionnaire, a: Assignment, namedStage: number, namedLibraries: readonly string[]): BuiltRows {
  const n = a.stage.length;
  const times = submissionTimes(rng, n);

  // The named libraries go to the libraries at the named stage, in a shuffled order.
  const atNamed = a.stage.flatMap((s, i) => (s === namedStage ? [i] : []));
  if (atNamed.length !== namedLibraries.length) throw new Error(`${atNamed.length} libraries at the named stage, ${namedLibraries.length} names`);
  const names = rng.shuffle(namedLibraries);
  const library = new Map(atNamed.map((i, j) => [i, names[j]!]));

  // Which answered 题22–24 cells are typed the human way.
  const counted = new Map<number, number[]>();
  for (const q of [22, 23, 24]) {
    const cond = questionnaire.questions[q - 1]!.shownIf!;
    const opt = choiceQuestion(questionnaire, cond.question).options.findIndex((o) => o.text === cond.includes);
    counted.set(q, rng.shuffle(a.choices.get(cond.question)!.flatMap((c, i) => (c.includes(opt) ? [i] : []))));
  }
  const messy = (q: number, i: number): number => counted.get(q)!.indexOf(i);

  const rows: string[][] = [];
  for (let i = 0; i < n; i++) {
    const serial = i + 1;
    const named = library.get(i);
    const src = source(rng);
    const row: string[] = [
      String(serial),
      times[i]!,
      timeSpent(rng),
      src.source,
      src.detail,
      fakeIp(rng, named ? namedLibraryRegions[named] : undefined),
    ];
    const eager = named !== undefined;
    for (const q of questionnaire.questions) {
      const num = q.number;
      if (num === 1) row.push(fakeName(serial));
      else if (num === 2) row.push(fakePhone(serial));
      else if (num === 3) row.push(named ?? placeholderLibrary(serial));
      else if (q.type === 'text') {
        const pool = freeTexts[num]!;
        row.push(rng.chance(eager ? 0.8 : answerRate[num]!) ? rng.pick(pool) : EMPTY);
      } else if (q.type === 'upload') {
        row.push(rng.chance(eager ? 0.4 : 0.03) ? rng.pick(uploadNames) : EMPTY);
      } else if (q.type === 'single') {
        row.push(optionCell(rng, choiceQuestion(questionnaire, num), a.stage[i]!));
      } else if (q.type === 'multiple') {
        const chosen = a.choices.get(num)![i]!;
        row.push(chosen.length === 0 ? SKIPPED : chosen.map((o) => optionCell(rng, choiceQuestion(questionnaire, num), o)).join('┋'));
      } else {
        row.push(countCell(rng, num, messy(num, i)));
      }
    }
    rows.push(row);
  }
  return { rows };
}

/** One chosen option as written in a cell, with a write-in where the option takes one. */
function optionCell(rng: Rng, question: ChoiceQuestion, o: number): string {
  const q = question.number;
  const option = question.options[o]!;
  if (!option.writeIn) return option.text;
  if (option.other) {
    const r = rng.next();
    if (r < 0.1) return option.text;
    if (r < 0.16) return `${option.text}〖〗`;
    return `${option.text}〖${rng.pick(writeIns[q]!)}〗`;
  }
  // 品牌类活动: most libraries name their event.
  if (rng.chance(0.12)) return option.text;
  const first = rng.pick(brandEvents);
  const second = rng.pick(brandEvents);
  return `${option.text}〖${rng.chance(0.3) && second !== first ? `${first}、${second}` : first}〗`;
}

/**
 * A 题22–24 cell. `rank` is the library's position in a shuffled list of the
 * libraries that answer the question, or -1 when the question is skipped:
 * the first few ranks get the human variants (and one unreadable answer).
 */
function countCell(rng: Rng, q: number, rank: number): string {
  if (rank < 0) return SKIPPED;
  if (q === 22) {
    const v = headCount(rng, 60, 0.7, 8, 400);
    return typedCount(v, rank === 0 ? 'about' : rank === 1 ? 'unit' : 'plain');
  }
  if (q === 23) {
    if (rank === 2) return '不详';
    const v = headCount(rng, 150, 0.9, 10, 2000);
    return typedCount(v, rank === 0 ? 'range' : rank === 1 ? 'about' : 'plain');
  }
  const clubs = Math.max(1, Math.min(8, Math.round(Math.exp(0.6 + 0.6 * rng.normal()))));
  const members = headCount(rng, 40 * clubs, 0.6, 10, 800);
  if (rank === 0) return `${clubs}^${typedCount(members, 'about')}`;
  if (rank === 1) return `${clubs}^${typedCount(members, 'unit')}`;
  if (rank === 2) return `${clubs}^若干`;
  return `${clubs}^${members}`;
}
