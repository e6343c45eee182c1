import type { Dataset } from '../types.ts';
import { stagePicks } from './stagePicks.ts';

const collator = new Intl.Collator('zh-CN');

/**
 * The names of the libraries at `stage` of the stage question, in the order
 * of `preferredOrder` (a report may order by something the questionnaire
 * does not ask); libraries missing from it follow in Chinese collation order.
 * None when the questionnaire has no stage question.
 */
export function namesAtStage(dataset: Dataset, stage: number, preferredOrder: readonly string[]): string[] {
  const picks = stagePicks(dataset);
  if (picks === null) return [];
  const names = dataset.names.filter((_, k) => picks[k] === stage);
  const rank = new Map(preferredOrder.map((name, i) => [name, i]));
  return names.sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || collator.compare(a, b));
}
