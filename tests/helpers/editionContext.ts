/**
 * Hand-built editions of a series for the series functions' tests: each
 * edition's questionnaire is real (checked as a questionnaire file is), its
 * figures are the counts the test writes down, so every expected value can
 * be worked out by hand.
 */
import type { ReportData } from '../../src/report/loadReport.ts';
import type { EditionContext, EditionData } from '../../src/series/editionContext.ts';
import type { QuestionLink } from '../../src/series/series.ts';
import { smallQuestionnaire } from './smallSurvey.ts';

/** A multiple-choice question with these options. */
export function multiple(number: number, options: readonly string[], extra: object = {}): object {
  return { number, type: 'multiple', text: `第${number}题`, required: true, options: options.map((text) => ({ text })), ...extra };
}

export interface HandEdition {
  id: string;
  questions: readonly object[];
  /** Valid responses. */
  total: number;
  /** Per question number, each option's count in questionnaire order. */
  counts?: Record<number, readonly number[]>;
  /** The name each response gave (the `role: "name"` question). */
  names?: readonly string[];
  indices?: readonly { id: string; name: string; values: readonly number[] }[];
  links?: ReadonlyMap<number, QuestionLink>;
}

/** An edition whose data holds only what the series functions read: questionnaire, total, option counts, names, index values. */
export function handEdition(e: HandEdition): EditionData {
  const indices = e.indices ?? [];
  const data = {
    questionnaire: smallQuestionnaire(e.questions, indices.map(({ id, name }) => ({ id, name }))),
    total: e.total,
    optionCount: (q: number, option: number) => e.counts?.[q]?.[option] ?? 0,
    dataset: { names: e.names ?? [], indices: indices.map(({ id, name, values }) => ({ index: { id, name }, kind: 'count', values: Float64Array.from(values) })) },
  };
  return { id: e.id, label: `${e.id} 版`, data: data as unknown as ReportData, links: e.links ?? new Map() };
}

/** A series context of these editions, the last being the current one. */
export function handContext(...editions: EditionData[]): EditionContext {
  return { seriesTitle: '测试系列', seriesBase: '/', editions };
}

/** A link to question `continues` of the previous edition. */
export function link(continues: number, optionFrom: readonly (string | null)[] = [], dropped: readonly string[] = [], reworded = false): QuestionLink {
  return { continues, reworded, optionFrom, dropped };
}
