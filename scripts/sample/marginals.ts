/**
 * How many libraries choose each option of each choice question: the target
 * marginals of the synthetic sample. Published counts are read from the
 * published figures (published-2023.ts, the one place they are written down); the
 * options the report does not publish are the plausible values below.
 */
import { choiceQuestion, optionIndex, type Questionnaire } from '../../src/survey/questionnaire.ts';
import { formatPercent } from '../../src/survey/analysis/formatPercent.ts';
import {
  publishedOptionShares,
  publishedStages,
  publishedTables,
  publishedTotal,
} from './published-2023.ts';

export const TOTAL = publishedTotal;

/**
 * Values the report does not publish, chosen to be plausible and to agree
 * with what its text says (e.g. 4.2.1: training content concentrates on
 * 部门间业务经验交流、一线服务与后台业务技能; 4.3.2: 本科生、硕士研究生、教师/学者
 * are the core of user participation; 5.1: 高年级学生和教师 less covered).
 * Keyed by option text; `其他` counts are per question.
 */
const chosenCounts: Record<number, Record<string, number>> = {
  4: { 其他: 5 },
  5: { 其他: 6 },
  6: { 本科高年级学生: 63, 研究生高年级学生: 58, 新入职教师: 76, 全体教师: 67, 不同校区的师生: 52, 其他: 4 },
  9: { 其他: 6 },
  10: { 其他: 2 },
  13: { 其他: 3 },
  14: { 新入职馆员: 101, 一线服务馆员: 106, 骨干馆员: 61, 部分业务部门的馆员: 54, 全体馆员: 84, 未开展馆员培训: 3, 其他: 2 },
  15: {
    一线服务技能培训: 101,
    后台业务技能培训: 92,
    用户沟通交流培训: 58,
    用户突发事件处理培训: 47,
    馆内各部门间业务经验交流: 104,
    '通用技能培训（如宣传技能等）': 52,
    其他: 2,
  },
  16: { 其他: 3 },
  18: { 其他: 4 },
  19: { 其他: 5 },
  21: { 其他: 3 },
  25: { 本科生: 119, 硕士研究生: 108, 博士研究生: 71, '教师/学者': 92, 其他教职工: 41, 校友: 26, 校外人员: 12, 其他: 2 },
  26: { 其他: 3 },
  28: { 尚未考虑: 2, 计划开展: 16, 其他: 3 },
  29: { 其他: 6 },
};

/** The count whose percentage of `total` prints as `percent` (unique for N = 122). */
function countForPercent(percent: string, total: number): number {
  const matches: number[] = [];
  for (let c = 0; c <= total; c++) if (formatPercent(c, total) === percent) matches.push(c);
  if (matches.length !== 1) throw new Error(`${percent} does not determine one count of ${total}`);
  return matches[0]!;
}

/** Target count of every option of every choice question, by option position. */
export function targetCounts(questionnaire: Questionnaire): Map<number, number[]> {
  const targets = new Map<number, (number | undefined)[]>();
  const set = (q: number, option: string, count: number) => {
    const counts = targets.get(q) ?? new Array<number | undefined>(choiceQuestion(questionnaire, q).options.length).fill(undefined);
    const i = optionIndex(questionnaire, q, option);
    if (counts[i] !== undefined && counts[i] !== count) throw new Error(`题${q} ${option}: ${counts[i]} vs ${count}`);
    counts[i] = count;
    targets.set(q, counts);
  };
  for (const t of publishedTables) for (const row of t.rows) set(t.question, row.label, row.count);
  for (const s of publishedOptionShares) set(s.question, s.label, countForPercent(s.percent, TOTAL));
  for (const s of publishedStages) set(28, s.label, s.count ?? countForPercent(s.percent, TOTAL));
  for (const [q, counts] of Object.entries(chosenCounts)) for (const [option, count] of Object.entries(counts)) set(Number(q), option, count);

  const out = new Map<number, number[]>();
  for (const q of questionnaire.questions) {
    if (!q.options) continue;
    const counts = targets.get(q.number);
    if (!counts) throw new Error(`题${q.number}: no target counts`);
    counts.forEach((c, i) => {
      if (c === undefined) throw new Error(`题${q.number}: no target for ${q.options![i]!.text}`);
    });
    out.set(q.number, counts as number[]);
  }
  const stage = out.get(28)!;
  if (stage.reduce((a, b) => a + b, 0) !== TOTAL) throw new Error('题28 counts do not add up to the total');
  return out;
}
