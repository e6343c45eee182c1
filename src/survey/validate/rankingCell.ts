/**
 * The contract's rules for a ranking: the options in rank order joined by `→`
 * in one cell, or one column per option holding its rank. Either way every
 * option at most once, ranks 1, 2, … without gaps, no more than the question
 * lets respondents rank, and all of them when it asks for all. A rankTop k
 * ranking may rank fewer than k (问卷星's “最多选择 X 项”).
 */
import { RANK_SEPARATOR } from '../questionnaireSchema.ts';
import type { CellIssue } from './choiceCell.ts';
import { matchOption, type OptionMatcher } from './optionMatcher.ts';

/** What reading a ranking needs to know of its question. */
export interface RankingRule {
  matcher: OptionMatcher;
  /** How many options a respondent ranks at most: all of them, or k. */
  limit: number;
  /** Whether every option must be ranked. */
  all: boolean;
}

/** Why a ranking of `ranked` options breaks the question's limit, or null. */
function countProblem(rule: RankingRule, ranked: number): string | null {
  const n = rule.matcher.texts.length;
  if (ranked > rule.limit) return `本题最多排 ${rule.limit} 项，这里排了 ${ranked} 项`;
  if (rule.all && ranked < n) return `本题应给全部 ${n} 个选项排序，这里只排了 ${ranked} 项`;
  return null;
}

/**
 * Reads a one-cell ranking (`甲→乙→丙`, first first) into `ranks` (option
 * position → rank, 0 for unranked; cleared first) and returns what is wrong
 * with it, or null when nothing is.
 */
export function readRankingCell(rule: RankingRule, cell: string, ranks: Uint8Array): CellIssue[] | null {
  ranks.fill(0);
  let issues: CellIssue[] | null = null;
  const tokens = cell.split(RANK_SEPARATOR);
  tokens.forEach((raw, position) => {
    const token = raw.trim();
    if (token === '') {
      (issues ??= []).push({ value: cell, message: `第 ${position + 1} 位是空的：「${RANK_SEPARATOR}」之间或首尾没有选项` });
      return;
    }
    const found = matchOption(rule.matcher, token);
    if (typeof found === 'string') (issues ??= []).push({ value: token, message: found });
    else if (ranks[found] !== 0) (issues ??= []).push({ value: token, message: `选项「${rule.matcher.texts[found]}」重复出现（第 ${ranks[found]} 位与第 ${position + 1} 位）` });
    else ranks[found] = position + 1;
  });
  const problem = countProblem(rule, tokens.length);
  if (problem !== null) (issues ??= []).push({ value: cell, message: problem });
  return issues;
}

/** A rank as typed in an option's own column: a whole number from 1, or null. */
export function parseRank(trimmed: string): number | null {
  const t = trimmed.normalize('NFKC');
  return /^[1-9]\d{0,2}$/.test(t) ? Number(t) : null;
}

/** One thing wrong with a ranking given one column per option: the option whose cell shows it, and what. */
export interface RankIssue {
  option: number;
  message: string;
}

/** Why `rank` cannot be a rank in a question of this rule (beyond its limit), or null. */
export function rankBeyondLimit(rule: RankingRule, rank: number): string | null {
  return rank <= rule.limit ? null : `名次应为 1–${rule.limit}（本题${rule.all ? '共' : '只排前'} ${rule.limit} 项）；这里是 ${rank}`;
}

/**
 * What is wrong with the ranks read from the options' own columns (`ranks[i]`,
 * 0 where the cell was empty; each within the limit): a rank given twice, a
 * gap, too few ranked. Null when nothing is.
 */
export function checkRanks(rule: RankingRule, ranks: Uint8Array): RankIssue[] | null {
  let issues: RankIssue[] | null = null;
  const holder = new Map<number, number>();
  let ranked = 0;
  ranks.forEach((rank, option) => {
    if (rank === 0) return;
    ranked++;
    if (holder.has(rank)) (issues ??= []).push({ option, message: `第 ${rank} 位重复：「${rule.matcher.texts[holder.get(rank)!]}」也是第 ${rank} 位` });
    else holder.set(rank, option);
  });
  if (issues !== null) return issues;
  const gap = Array.from({ length: ranked }, (_, i) => i + 1).find((r) => !holder.has(r));
  if (gap !== undefined) {
    const after = [...holder.keys()].filter((r) => r > gap).sort((a, b) => a - b)[0]!;
    return [{ option: holder.get(after)!, message: `没有第 ${gap} 位：名次应从 1 起连续` }];
  }
  const problem = countProblem(rule, ranked);
  if (problem === null) return null;
  const first = rule.all ? ranks.findIndex((r) => r === 0) : 0;
  return [{ option: Math.max(0, first), message: problem }];
}
