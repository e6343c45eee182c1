/**
 * `compare-data` on two edition folders of the example series, its figures
 * checked against counts taken straight from the two response files' cells;
 * and the two-file mode it had before, unchanged.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRaw, rawPercent, rawTally } from '../helpers/rawTally.ts';
import { loadValidQuestionnaire } from '../helpers/questionnaire.ts';

const series = 'examples/reading-series';
const [a, b] = [join(series, '2024'), join(series, '2025')];

function compare(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['src/cli/compare-data.ts', ...args], { encoding: 'utf-8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** An edition's responses counted from its cells. */
function tally(folder: string) {
  return rawTally(parseRaw(readFileSync(join(folder, 'data/responses.csv'), 'utf8')), loadValidQuestionnaire(join(folder, 'data/questionnaire.json')));
}
const [before, after] = [tally(a), tally(b)];

/** The count of option `label` of question `n` in a tally. */
const count = (t: ReturnType<typeof tally>, n: number, label: string) => t.table(n).find((r) => r.label === label)!.count;

/** The change as the report words it, from the two shares in floating point (none of these is a rounding tie). */
function words(c1: number, n1: number, c2: number, n2: number): string {
  const d = (c2 / n2 - c1 / n1) * 100;
  return `${d > 0 ? '提高' : '下降'} ${Math.abs(d).toFixed(2)} 个百分点`;
}

/** The cells of the table row of `option` under the heading of question `n`, split where columns are. */
function row(out: string, n: number, option: string): string[] {
  const lines = out.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`第 ${n} 题（`));
  const end = lines.findIndex((l, i) => i > start && l === '');
  const line = lines.slice(start, end).find((l) => l.trim().startsWith(`${option}  `) || l.trim().startsWith(`${option}（`));
  return line!.trim().split(/\s{2,}/);
}

describe('compare-data on two editions of a series', { timeout: 30_000 }, () => {
  const r = compare([a, b]);

  it('names the editions with their responses and counts the respondents in both, without listing them', () => {
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const names = (t: ReturnType<typeof tally>) => new Set(t.column(1).map((c) => c.trim()).filter(Boolean));
    const both = [...names(after)].filter((n) => names(before).has(n));
    expect(both.length).toBe(40);
    const lines = r.out.split('\n');
    expect(lines[1]).toBe(`有效问卷：2024 版 ${before.total} 份，2025 版 ${after.total} 份`);
    expect(lines[2]).toBe(`两版都有答卷的单位（按名称对应）：${both.length} 个`);
    expect(r.out).not.toContain(both[0]!);
  });

  it('compares a renamed option under its new text, with the shares and change from the raw cells', () => {
    const [c1, c2] = [count(before, 2, '数字阅读'), count(after, 2, '数字阅读服务')];
    const cells = row(r.out, 2, '数字阅读服务');
    expect(cells.slice(0, 5)).toEqual(['数字阅读服务（原「数字阅读」）', rawPercent(c1, before.total), '→', rawPercent(c2, after.total), words(c1, before.total, c2, after.total)]);
    expect(cells[5]).toMatch(/^−?\d+\.\d\d 至 −?\d+\.\d\d$/);
  });

  it('an option beyond noise is marked, with its figures from the raw cells', () => {
    const [c1, c2] = [count(before, 2, '亲子阅读活动'), count(after, 2, '亲子阅读活动')];
    expect(row(r.out, 2, '亲子阅读活动').slice(0, 5)).toEqual(['亲子阅读活动', rawPercent(c1, before.total), '→', rawPercent(c2, after.total), `${words(c1, before.total, c2, after.total)}＊`]);
  });

  it('a renumbered, reworded question: both numbers, marked as indicative', () => {
    // 2025 question 5 continues 2024 question 6.
    const [c1, c2] = [count(before, 6, '志愿者培训'), count(after, 5, '志愿者培训')];
    const lines = r.out.split('\n');
    const heading = lines.findIndex((l) => l.startsWith('第 5 题（2024 版第 6 题）'));
    expect(lines[heading + 1]).toBe('  题干有调整，比较仅供参考');
    expect(row(r.out, 5, '志愿者培训').slice(1, 5)).toEqual([rawPercent(c1, before.total), '→', rawPercent(c2, after.total), words(c1, before.total, c2, after.total)]);
  });

  it('an added option shows “—” for the earlier edition and no change', () => {
    expect(row(r.out, 2, '自习空间')).toEqual(['自习空间', '—', '→', rawPercent(count(after, 2, '自习空间'), after.total), '—', '—']);
  });

  it('a question not linked to the earlier edition is listed, not compared', () => {
    expect(r.out.split('\n')).toContain('第 7 题：未与上一版对应，不比较');
    expect(r.out).not.toMatch(/^第 7 题（/m);
    expect(r.out).not.toContain('无障碍');
    // 2024 question 5 (招募渠道) has no counterpart either.
    expect(r.out.split('\n')).toContain('2024 版第 5 题：2025 版中没有对应的题目');
    expect(r.out).not.toContain('公众号');
  });

  it('the composite index means, from the raw cells (options picked in the index’s questions)', () => {
    const mean = (t: ReturnType<typeof tally>) => t.column(4).reduce((s, c) => s + (c.trim() ? c.split('┋').length : 0), 0) / t.total;
    const line = r.out.split('\n').find((l) => l.trim().startsWith('运营保障指数'))!;
    expect(line.trim().split(/\s{2,}/).slice(0, 4)).toEqual(['运营保障指数', mean(before).toFixed(2), '→', mean(after).toFixed(2)]);
  });

  it('--json gives the same figures for machines', () => {
    const j = JSON.parse(compare([a, b, '--json']).out);
    expect(j).toMatchObject({ before: { id: '2024', total: before.total }, after: { id: '2025', total: after.total }, matched: 40, notLinked: [7], discontinued: [5] });
    const q2 = j.questions.find((q: { question: number }) => q.question === 2);
    const digital = q2.options.find((o: { after: { text: string } | null }) => o.after?.text === '数字阅读服务');
    expect(digital.before).toMatchObject({ text: '数字阅读', count: count(before, 2, '数字阅读'), n: before.total });
    expect(digital.change.hundredths).toBe(Math.round(((count(after, 2, '数字阅读服务') / after.total - count(before, 2, '数字阅读') / before.total) * 10000)));
  });

  it('the later edition first, or a folder outside a series: one message, exit 2, no stack trace', () => {
    const reversed = compare([b, a]);
    expect(reversed.code).toBe(2);
    expect(reversed.err).toBe('2025 版（examples/reading-series/2025/）晚于 2024 版（examples/reading-series/2024/）：请先写较早的一版\n未比较。\n');
    const outside = compare([a, 'examples/reader-survey']);
    expect(outside.code).toBe(2);
    expect(outside.err).toBe('examples/reader-survey/ 不是报告系列的版本文件夹：examples/ 中没有 series.json\n未比较。\n');
  });
});

describe('compare-data on editions that are not adjacent', { timeout: 30_000 }, () => {
  // The example series with a third edition, 2026, a copy of 2025 whose every question continues 2025's of the same number.
  const root = mkdtempSync(join(tmpdir(), 'three-editions-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const [from, to] of [['2024', '2024'], ['2025', '2025'], ['2025', '2026']] as const) cpSync(join(series, from), join(root, to), { recursive: true });
  const file = JSON.parse(readFileSync(join(series, 'series.json'), 'utf8'));
  delete file.$schema;
  file.editions.push({ id: '2026', label: '2026 版', questions: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((n) => [n, { continues: n }])) });
  writeFileSync(join(root, 'series.json'), JSON.stringify(file));

  it('2024 → 2026 follows the links through 2025: the renamed option and the renumbered question are still compared', () => {
    const r = compare([join(root, '2024'), join(root, '2026')]);
    expect(r.err).toBe('');
    const [c1, c2] = [count(before, 2, '数字阅读'), count(after, 2, '数字阅读服务')];
    expect(row(r.out, 2, '数字阅读服务').slice(0, 5)).toEqual(['数字阅读服务（原「数字阅读」）', rawPercent(c1, before.total), '→', rawPercent(c2, after.total), words(c1, before.total, c2, after.total)]);
    expect(r.out).toMatch(/^第 5 题（2024 版第 6 题）/m);
    expect(r.out.split('\n')).toContain('第 7 题：未与 2024 版对应，不比较');
  });

  it('an invalid response file in an edition between them: its name, exit 2', () => {
    const broken = join(root, '2025/data/responses.csv');
    writeFileSync(broken, readFileSync(broken, 'utf8').replace('示例书房21,图书借阅,', '示例书房21,图书外借,'));
    const r = compare([join(root, '2024'), join(root, '2026')]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(new RegExp(`^数据文件 ${join(root, '2025/data/responses.csv')} 有 1 处错误：`));
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('compare-data on two response files, as before', { timeout: 30_000 }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'compare-files-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('compares two exports of one questionnaire in the report folder REPORT_ROOT names', () => {
    const file = join(a, 'data/responses.csv');
    // The same export without its first two responses.
    const fewer = join(tmp, 'fewer.csv');
    writeFileSync(fewer, readFileSync(file, 'utf8').split('\n').filter((_, i) => i !== 1 && i !== 2).join('\n'));
    const r = compare([file, fewer], { REPORT_ROOT: a });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toContain(`有效问卷：${before.total} → ${before.total - 2} 份（新增 0 份，移除 2 份）`);
  });

  it('a folder and a file: one message, exit 2', () => {
    const r = compare([a, join(a, 'data/responses.csv')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('examples/reading-series/2024 是文件夹');
  });
});
