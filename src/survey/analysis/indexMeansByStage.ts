import { stageQuestion } from '../questionnaire.ts';
import type { Dataset } from '../types.ts';
import { stagePicks } from './stagePicks.ts';

/** A value per composite index, by index id. */
export type IndexValues = Record<string, number>;

export interface StageMeans {
  /** 0-based option position of the stage in the stage question. */
  stage: number;
  label: string;
  respondents: number;
  /** Mean of each index over the libraries at this stage; null when none is. */
  means: IndexValues | null;
}

/**
 * The mean of every index over the responses `k` for which `chosen(k)` holds,
 * each over those with a value (a mean index is NaN where none of its rows was
 * scored); null when no response is chosen.
 */
function meansWhere(dataset: Dataset, chosen: (k: number) => boolean): IndexValues | null {
  const sums = dataset.indices.map(() => 0);
  const counts = dataset.indices.map(() => 0);
  let count = 0;
  for (let k = 0; k < dataset.size; k++) {
    if (!chosen(k)) continue;
    count++;
    dataset.indices.forEach((c, i) => {
      if (Number.isNaN(c.values[k]!)) return;
      sums[i]! += c.values[k]!;
      counts[i]!++;
    });
  }
  return count === 0 ? null : Object.fromEntries(dataset.indices.map((c, i) => [c.index.id, sums[i]! / counts[i]!]));
}

/** Mean composite indices of the libraries at each stage, in questionnaire order; none without a stage question. */
export function indexMeansByStage(dataset: Dataset): StageMeans[] {
  const q = stageQuestion(dataset.questionnaire);
  const at = stagePicks(dataset);
  if (q === undefined || at === null) return [];
  return q.options.map((o, stage) => ({
    stage,
    label: o.text,
    respondents: at.reduce((n, s) => n + (s === stage ? 1 : 0), 0),
    means: meansWhere(dataset, (k) => at[k] === stage),
  }));
}

/** Mean composite indices of the libraries at `stage` and of all the others; throws when either group is empty. */
export function indexMeansAtStageVersusRest(dataset: Dataset, stage: number): { at: IndexValues; rest: IndexValues } {
  const picks = stagePicks(dataset);
  if (picks === null) throw new Error('问卷没有开展阶段题（role 为 stage 的题）');
  const at = meansWhere(dataset, (k) => picks[k] === stage);
  const rest = meansWhere(dataset, (k) => picks[k] !== stage);
  if (at === null || rest === null) throw new Error(at === null ? '没有处于该阶段的答卷，无法与其他阶段比较' : '所有答卷都处于该阶段，没有其他阶段可比较');
  return { at, rest };
}
