/**
 * The composite indices across editions: an index is followed back through
 * the editions that define an index of the same id, each computed by its own
 * edition's questionnaire. Per edition, the mean over the responses that have
 * a value; from an earlier edition (by default the previous one) to the
 * current one, the change with its interval.
 */
import type { EditionContext } from './editionContext.ts';
import { indexRecomposed } from './indexRecomposed.ts';
import { meanChange, type MeanChange } from './meanChange.ts';

export interface IndexTrend {
  id: string;
  name: string;
  /** One per edition of the context; null where the edition has no index of this id (or an earlier edition broke the chain). */
  means: readonly ({ mean: number; n: number } | null)[];
  /** From the edition compared with (by default the previous one) to this one; null when either has no values. */
  change: MeanChange | null;
  /** Whether the index is made otherwise in some edition after the one compared with (its change is then indicative only). */
  recomposed: boolean;
}

/** The values an edition's index takes, unanswered (NaN) left out. */
function values(context: EditionContext, edition: number, id: string): number[] | null {
  const column = context.editions[edition]!.data.dataset.indices.find((c) => c.index.id === id);
  return column ? Array.from(column.values).filter((v) => !Number.isNaN(v)) : null;
}

/** Every index of the current edition, across the editions of `context`, with the change since the edition at position `since`. */
export function indexTrends(context: EditionContext, since = context.editions.length - 2): IndexTrend[] {
  const last = context.editions.length - 1;
  return context.editions[last]!.data.dataset.indices.map(({ index }) => {
    const series = context.editions.map((_, i) => values(context, i, index.id));
    // An index missing from an edition ends the chain there: older editions are not compared across the gap.
    const gap = series.findLastIndex((v) => v === null);
    const means = series.map((v, i) => (v === null || i < gap || v.length === 0 ? null : { mean: v.reduce((s, x) => s + x, 0) / v.length, n: v.length }));
    const before = since >= 0 && since < last && means[since] ? series[since]! : null;
    const recomposed = context.editions.some((e, i) => i > Math.max(since, 0) && i <= last && indexRecomposed(context.editions[i - 1]!, e, index.id));
    return { id: index.id, name: index.name, means, change: before ? meanChange(before, series[last]!) : null, recomposed };
  });
}

/** The largest value any index takes in any edition of `context` (at least 1): where a chart of the means ends, so a mean reads against the range respondents actually used. */
export function indexValueMax(context: EditionContext): number {
  let max = 1;
  for (const e of context.editions) for (const c of e.data.dataset.indices) for (const v of c.values) if (v > max) max = v;
  return max;
}
