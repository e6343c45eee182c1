/** What changed between two response files: figures per option, ranks, responses, and the statements that flip. */
import type { CheckedStatement } from './checkStatements.ts';
import type { ClaimData } from './data.ts';
import { rankOf } from './ranking.ts';

/** One side of the comparison. */
export interface ComparedFile {
  data: ClaimData;
  /** Each counted response's name (the identity responses are matched by; never printed). */
  names: readonly string[];
  statements: readonly CheckedStatement[];
}

export interface OptionChange {
  label: string;
  old: { count: number; percent: string; rank: number };
  new: { count: number; percent: string; rank: number };
  /** New share minus old share, in percentage points. */
  points: number;
}

export interface QuestionChange {
  question: number;
  text: string;
  options: OptionChange[];
  /** Whether any count or rank moved. */
  changed: boolean;
}

export interface StatementFlip {
  file: string;
  line: number;
  questions: number[];
  text: string;
  held: boolean;
  holds: boolean;
  now: string;
}

export interface DataComparison {
  total: { old: number; new: number };
  /** Responses of respondents only in the new file / only in the old file. */
  added: number;
  removed: number;
  questions: QuestionChange[];
  flips: StatementFlip[];
}

/**
 * Each statement under a key naming its place (file, line, component, and its
 * rank among those alike on the line): the same statement in both runs,
 * although its sentence may print other figures.
 */
function keyed(statements: readonly CheckedStatement[]): [string, CheckedStatement][] {
  const seen = new Map<string, number>();
  return statements.map((s) => {
    const place = `${s.file}:${s.line}:${s.component}`;
    const n = seen.get(place) ?? 0;
    seen.set(place, n + 1);
    return [`${place}#${n}`, s];
  });
}

/** The comparison of `before` with `after` over the given choice questions. */
export function compareData(before: ComparedFile, after: ComparedFile, questions: readonly number[]): DataComparison {
  const oldNames = new Set(before.names);
  const newNames = new Set(after.names);
  const changes = questions.map((question): QuestionChange => {
    const oldRows = before.data.options(question);
    const newRows = after.data.options(question);
    const options = newRows.map((n): OptionChange => {
      const o = oldRows.find((r) => r.text === n.text)!;
      return {
        label: n.label,
        old: { count: o.count, percent: o.percent, rank: rankOf(oldRows, o) },
        new: { count: n.count, percent: n.percent, rank: rankOf(newRows, n) },
        points: (n.share - o.share) * 100,
      };
    });
    const changed = options.some((c) => c.old.count !== c.new.count || c.old.rank !== c.new.rank || c.old.percent !== c.new.percent);
    return { question, text: after.data.questionText(question), options, changed };
  });
  const earlier = new Map(keyed(before.statements));
  const flips = keyed(after.statements).flatMap(([key, s]): StatementFlip[] => {
    const was = earlier.get(key);
    return was && was.holds !== s.holds ? [{ file: s.file, line: s.line, questions: s.questions, text: s.text, held: was.holds, holds: s.holds, now: s.now }] : [];
  });
  return {
    total: { old: before.data.total, new: after.data.total },
    added: [...newNames].filter((l) => !oldNames.has(l)).length,
    removed: [...oldNames].filter((l) => !newNames.has(l)).length,
    questions: changes,
    flips,
  };
}
