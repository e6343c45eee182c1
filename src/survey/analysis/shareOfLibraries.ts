import type { SurveyResponse } from '../types.ts';
import { selectionCount } from './selectionCount.ts';

/** The share of libraries that selected at least `min` options of question `n`. */
export function shareSelectingAtLeast(responses: readonly SurveyResponse[], n: number, min: number): { count: number; share: number } {
  const count = responses.filter((r) => selectionCount(r, [n]) >= min).length;
  return { count, share: responses.length === 0 ? 0 : count / responses.length };
}
