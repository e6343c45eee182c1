/**
 * The report's own statements: all hold on the shipped sample; on a file made
 * from the sample where three rankings flip, exactly the statements about those
 * rankings are flagged, at the right file and line (check-claims CLI included).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { displayPath } from '../../src/report/displayPath.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkChapters } from '../../src/claims/checkChapters.ts';
import type { CheckedStatement } from '../../src/claims/checkStatements.ts';
import { reportOf } from '../helpers/report.ts';
import { writeFlippedSample } from './flippedSample.ts';

const STACK_LINE = /^\s+at /m;

async function statementsOf(file: string): Promise<CheckedStatement[]> {
  return checkChapters(await reportOf('.', file));
}

/** The line of `file` that holds `snippet` (exactly one). */
function lineOf(file: string, snippet: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const found = lines.flatMap((l, i) => (l.includes(snippet) ? [i + 1] : []));
  expect(found).toHaveLength(1);
  return found[0]!;
}

function checkClaims(...args: string[]) {
  return checkClaimsIn({}, ...args);
}

function checkClaimsIn(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, ['src/cli/check-claims.ts', ...args], { encoding: 'utf-8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const results = 'content/chapters/04-results.mdx';
const conclusion = 'content/chapters/05-conclusion.mdx';

let flipped: string;
beforeAll(() => {
  flipped = writeFlippedSample(join(mkdtempSync(join(tmpdir(), 'claims-')), 'flipped.csv'));
});
afterAll(() => rmSync(dirname(flipped), { recursive: true, force: true }));

describe('the chapters’ statements on the shipped sample', () => {
  it('29 statements in 4.1–4.4 and 5.1, every one holding, each at a line that writes it', async () => {
    const all = await statementsOf('data/responses.csv');
    expect(all).toHaveLength(29);
    expect(all.filter((s) => !s.holds)).toEqual([]);
    expect(new Set(all.map((s) => s.file))).toEqual(new Set([results, conclusion]));
    for (const s of all) expect(readFileSync(s.file, 'utf8').split('\n')[s.line - 1]).toContain(`<${s.component} `);
  });

  it('check-claims reports every statement holding and exits 0', () => {
    const r = checkClaims('data/responses.csv');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^\d+ 条数据表述，全部成立。$/);
    expect(lines.filter((l) => l.startsWith('成立 ')).length).toBe(Number(lines.at(-1)!.match(/^\d+/)![0]));
    expect(r.out).toContain(`成立    ${results}:${lineOf(results, '<Top question={10}')}  在提升图书馆服务的用户体验上，【最为常见的做法有日常广泛收集分析用户反馈、前期进行用户需求调研、开展服务试运行等】。`);
  });
});

describe('a file from the sample where three rankings flip', () => {
  const expected = () => [
    { file: results, line: lineOf(results, '<Top question={10}'), questions: [10], holds: false },
    { file: results, line: lineOf(results, '<Top question={19}'), questions: [19], holds: false },
    { file: results, line: lineOf(results, '<Top question={29}'), questions: [29], holds: false },
    { file: conclusion, line: lineOf(conclusion, '<Top question={29}'), questions: [29], holds: false },
  ];

  it('flags exactly the statements about those rankings, and nothing else', async () => {
    const all = await statementsOf(flipped);
    expect(all.filter((s) => !s.holds).map(({ file, line, questions, holds }) => ({ file, line, questions, holds }))).toEqual(expected());
    expect(all.length).toBe((await statementsOf('data/responses.csv')).length);
  });

  it('check-claims --json: only a JSON array on stdout, the sentence, what the data say now, exit 1', () => {
    const r = checkClaims(flipped, '--json');
    expect(r.code).toBe(1);
    const rows = JSON.parse(r.out) as { file: string; line: number; questions: number[]; holds: boolean; text: string; now: string }[];
    expect(Object.keys(rows[0]!)).toEqual(['file', 'line', 'questions', 'holds', 'text', 'now']);
    const failing = rows.filter((s) => !s.holds);
    expect(failing.map(({ file, line, questions, holds }) => ({ file, line, questions, holds }))).toEqual(expected());
    expect(failing[0]).toMatchObject({
      text: '在提升图书馆服务的用户体验上，最为常见的做法有日常广泛收集分析用户反馈、前期进行用户需求调研、开展服务试运行等。',
      now: '第 10 题前三位现为：日常广泛收集分析用户反馈…（110）、邀请师生代表参与服务设计（109）、前期开展用户需求调研（106）；开展服务试运行…现为第 4 位',
    });
    expect(failing[1]!.now).toBe('第 19 题前三位现为：馆内服务台（118）、微信公众号（117）、邮件（116）；电话现为第 4 位');
  });

  it('check-claims in a terminal: the failing statements with what the data say, and the count', () => {
    const r = checkClaims(flipped);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `不成立  ${results}:${expected()[2]!.line}  高校馆开展用户关系管理所面临的困难【主要有用户需求多元且不断变化、人力不足、用户对服务体验的要求等】。\n        数据现为：第 29 题前三位现为：用户需求多元且不断变化（102）、资金欠缺（91）、人力不足（90）；用户对服务体验的要求升高现为第 4 位`,
    );
    expect(r.out.trim().split('\n').at(-1)).toMatch(/^\d+ 条数据表述，4 条与数据不符。$/);
  });
});

describe('check-claims on an invalid file', () => {
  it('prints the validator’s messages and exits 2, without a stack trace', () => {
    const r = checkClaims('tests/fixtures/three-errors.csv', '--json');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('数据文件 tests/fixtures/three-errors.csv 有 3 处错误：');
    expect(r.err).toContain('第 3 行（序号 2）列「9、目前贵馆提供了以下哪些类型的服务？」值「资源推荐」：不是本题的选项');
    expect(r.err).not.toMatch(STACK_LINE);
  });
});

describe('check-claims on a report folder (REPORT_ROOT) whose chapter names an option wrongly', () => {
  it('says which file and line, the component and the value, and exits 2 without a stack trace', () => {
    const root = mkdtempSync(join(tmpdir(), 'claims-root-'));
    try {
      mkdirSync(join(root, 'content/chapters'), { recursive: true });
      // The report folder's data (questionnaire, library order) and metadata as shipped; only the chapter differs.
      cpSync('data', join(root, 'data'), { recursive: true });
      cpSync('content/report.json', join(root, 'content/report.json'));
      const chapter = readFileSync(results, 'utf8').replace('"前期开展用户需求调研", "开展服务试运行', '"前期进行用户需求调研", "开展服务试运行');
      writeFileSync(join(root, results), chapter);
      const r = checkClaimsIn({ REPORT_ROOT: root }, 'data/responses.csv');
      expect(r.code).toBe(2);
      // The path as every component error gives it, from where the command runs (the dev overlay resolves it so).
      expect(r.err.trim()).toBe(`${displayPath(join(root, results))}:${lineOf(results, '<Top question={10}')} <Top>：第 10 题没有可排序的选项「前期进行用户需求调研」（选项按问卷原文书写）；是否是「前期开展用户需求调研」？`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
