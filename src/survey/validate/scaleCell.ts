/** The contract's rules for a scale row's cell: a point's label, or its score, or the question's 不适用. */
import type { ScaleQuestion } from '../questionnaire.ts';
import { nearestValues } from '../../props/nearest.ts';
import { NOT_APPLICABLE } from '../types.ts';
import { normalizeOptionText } from './normalize.ts';

/** What reading a scale cell needs to know of its question. */
export interface ScaleRule {
  /** Normalised label → point position. */
  labels: ReadonlyMap<string, number>;
  /** Score as written (`5`, `-1`, `2.5`) → point position. */
  scores: ReadonlyMap<string, number>;
  /** The normalised 不适用 label, or null when the question has none. */
  notApplicable: string | null;
  /** Every value a cell may hold, for the nearest-value hint. */
  valid: readonly string[];
  /** The valid values for an error message. */
  expected: string;
}

/** The reading rule of a scale or matrix scale question. */
export function scaleRule(q: ScaleQuestion): ScaleRule {
  const labels = q.points.map((p) => p.label);
  const na = q.notApplicable ?? null;
  const scores = q.points.map((p) => String(p.score));
  return {
    labels: new Map(labels.map((l, i) => [normalizeOptionText(l), i])),
    scores: new Map(scores.map((s, i) => [s, i])),
    notApplicable: na === null ? null : normalizeOptionText(na),
    valid: na === null ? labels : [...labels, na],
    expected: `${labels.join('、')}${na === null ? '' : `，或「${na}」`}（也可写分值：${scores.join('、')}）`,
  };
}

/**
 * The point a scale cell (trimmed, not empty) names: its position, or
 * `NOT_APPLICABLE`; or why it names none. A label is matched first, so an NPS
 * point labelled `7` and scored 7 reads the same either way.
 */
export function readScaleCell(rule: ScaleRule, trimmed: string): number | string {
  const text = normalizeOptionText(trimmed);
  const byLabel = rule.labels.get(text);
  if (byLabel !== undefined) return byLabel;
  if (text === rule.notApplicable) return NOT_APPLICABLE;
  const byScore = rule.scores.get(text.normalize('NFKC'));
  if (byScore !== undefined) return byScore;
  const near = nearestValues(trimmed, rule.valid, 1);
  return `不是本题的量表点；应为：${rule.expected}${near.length > 0 ? `；是否是「${near[0]}」？` : ''}`;
}
