import { stageQuestion } from '../questionnaire.ts';
import type { SurveyResponse } from '../types.ts';

const collator = new Intl.Collator('zh-CN');

/**
 * The names of the libraries at `stage` of 题28, in the order of `preferredOrder`
 * (the report orders by staff size, which the questionnaire does not ask);
 * libraries missing from it follow in Chinese collation order.
 */
export function librariesAtStage(responses: readonly SurveyResponse[], stage: number, preferredOrder: readonly string[]): string[] {
  const n = stageQuestion.number;
  const names = responses.filter((r) => r.choices[n]?.[0] === stage).map((r) => r.library);
  const rank = new Map(preferredOrder.map((name, i) => [name, i]));
  return names.sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || collator.compare(a, b));
}
