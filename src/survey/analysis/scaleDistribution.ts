import { scaleQuestion } from '../questionnaire.ts';
import { NOT_APPLICABLE, type Dataset } from '../types.ts';

export interface ScalePointCount {
  /** 0-based position of the point in the questionnaire. */
  point: number;
  label: string;
  score: number;
  count: number;
  /** count / answered */
  share: number;
}

export interface ScaleDistribution {
  question: number;
  row: number;
  /** Responses that answered the row: a point or 不适用. */
  answered: number;
  /** One entry per point, in questionnaire order. */
  points: ScalePointCount[];
  /** 不适用: its count and share of `answered`; null when the question has no 不适用. */
  notApplicable: { label: string; count: number; share: number } | null;
}

/**
 * How many responses chose each point of row `row` of scale question `n`, and
 * what share of the row's answers (不适用 included, counted apart) each is;
 * unanswered and skipped rows are in no count.
 */
export function scaleDistribution(dataset: Dataset, n: number, row: number): ScaleDistribution {
  const q = scaleQuestion(dataset.questionnaire, n);
  const column = dataset.answers[n];
  if (column?.type !== 'scale' || row < 0 || row >= column.rows) throw new Error(`第 ${n} 题没有第 ${row + 1} 行`);
  const counts = new Array<number>(q.points.length).fill(0);
  let na = 0;
  for (let k = 0; k < dataset.size; k++) {
    const point = column.points[k * column.rows + row]!;
    if (point >= 0) counts[point]!++;
    else if (point === NOT_APPLICABLE) na++;
  }
  const answered = counts.reduce((a, b) => a + b, 0) + na;
  const share = (count: number) => (answered === 0 ? 0 : count / answered);
  return {
    question: n,
    row,
    answered,
    points: q.points.map((p, i) => ({ point: i, label: p.label, score: p.score, count: counts[i]!, share: share(counts[i]!) })),
    notApplicable: q.notApplicable === undefined ? null : { label: q.notApplicable, count: na, share: share(na) },
  };
}
