/** compare-data on two small files: one library replaced, 题10 answered differently. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterAll, describe, expect, it } from 'vitest';
import { responseCsv } from '../helpers/responseFile.ts';

const dir = mkdtempSync(join(tmpdir(), 'claims-compare-'));
const oldFile = join(dir, 'old.csv');
const newFile = join(dir, 'new.csv');
// Old: libraries 1–4, every answer the first option (题10: 前期开展用户需求调研).
writeFileSync(oldFile, responseCsv([{}, {}, {}, {}]));
// New: library 1 gone, library 5 added; 题10 as 日常… 4, 前期… 3, 开展服务试运行… 2.
const 日常 = '日常广泛收集分析用户反馈，进行服务创新与优化';
const 前期 = '前期开展用户需求调研';
const 试运行 = '开展服务试运行，并根据用户反馈及时优化调整';
const q10 = [`${日常}┋${前期}┋${试运行}`, `${日常}┋${前期}┋${试运行}`, `${日常}┋${前期}`, 日常];
// 题6: every library now also serves 研究生新生 (a statement whose sentence prints that share flips).
writeFileSync(newFile, responseCsv([{}, ...q10.map((a) => ({ 10: a, 6: '本科新生┋研究生新生' }))]).split('\n').filter((_, i) => i !== 1).join('\n'));

/** The line of `file` that holds `snippet`. */
const lineOf = (file: string, snippet: string) => readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(snippet)) + 1;
const q10Line = lineOf('content/chapters/04-results.mdx', '<Top question={10}');
const q6Line = lineOf('content/chapters/04-results.mdx', '<Share question={6}');
const q6AboveLine = lineOf('content/chapters/05-conclusion.mdx', '<Above question={6}');

function compare(...args: string[]) {
  const r = spawnSync(process.execPath, ['src/cli/compare-data.ts', ...args], { encoding: 'utf-8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('compare-data', () => {
  it('prints responses added and removed, the changed question with aligned columns, the unchanged ones, and the statement that flips', () => {
    const r = compare(oldFile, newFile);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines).toContain('有效问卷：4 → 4 份（新增 1 份，移除 1 份）');
    const start = lines.indexOf('第 10 题 贵馆在实际工作中通常如何将用户体验融入到服务设计与开展中…');
    expect(start).toBeGreaterThan(0);
    const table = lines.slice(start + 1, start + 8);
    const cells = table.map((l) => l.trim().split(/\s{2,}/));
    expect(cells).toEqual([
      ['选项', '旧', '新', '百分点', '排名'],
      [日常, '0', '0%', '→', '4', '100%', '+100.00', '2 → 1 ↑'],
      [前期, '4', '100%', '→', '3', '75.00%', '-25.00', '1 → 2 ↓'],
      [试运行, '0', '0%', '→', '2', '50.00%', '+50.00', '2 → 3 ↓'],
      ['邀请师生代表参与服务设计', '0', '0%', '→', '0', '0%', '0', '2 → 4 ↓'],
      ['开展专项服务效果调查，并及时优化调整', '0', '0%', '→', '0', '0%', '0', '2 → 4 ↓'],
      ['尚未开展相关工作', '0', '0%', '→', '0', '0%', '0', '2 → 4 ↓'],
    ]);
    // Aligned in display width (a Chinese character takes two columns): every row's arrow and old count end in the same column.
    const arrowColumn = (l: string) => stringWidth(l.slice(0, l.indexOf('→')));
    expect(new Set(table.slice(1).map(arrowColumn)).size).toBe(1);
    expect(lines).toContain('无变化：第 4、5、9、13、14、15、16、18、19、21、25、26、28、29 题');
    expect(lines).toContain('表述：3 条改变了结论：');
    expect(lines).toContain(`  不成立 → 成立  content/chapters/04-results.mdx:${q6Line}  在提供覆盖各成长阶段用户的服务上，高校馆普遍对本科新生和研究生新生开展针对性服务，比例分别为 100% 和 100%。`);
    expect(lines.filter((l) => l.startsWith('  不成立 → 成立  ')).map((l) => l.split('  ')[2])).toEqual([
      `content/chapters/04-results.mdx:${q6Line}`,
      `content/chapters/04-results.mdx:${q10Line}`,
      `content/chapters/05-conclusion.mdx:${q6AboveLine}`,
    ]);
    expect(r.out).toContain(`  不成立 → 成立  content/chapters/04-results.mdx:${q10Line}  在提升图书馆服务的用户体验上，最为常见的做法有日常广泛收集分析用户反馈、前期进行用户需求调研、开展服务试运行等。`);
    expect(r.out).not.toContain('测试大学');
  });

  it('--json gives the same for machines, with no names', () => {
    const r = compare(oldFile, newFile, '--json');
    const c = JSON.parse(r.out);
    expect(c).toMatchObject({ total: { old: 4, new: 4 }, added: 1, removed: 1 });
    const q10 = c.questions.find((q: { question: number }) => q.question === 10);
    expect(q10.options[0]).toEqual({ label: 日常, old: { count: 0, percent: '0%', rank: 2 }, new: { count: 4, percent: '100%', rank: 1 }, points: 100 });
    expect(c.flips.map((f: { line: number; questions: number[]; held: boolean; holds: boolean }) => [f.line, f.questions, f.held, f.holds])).toEqual([
      [q6Line, [6], false, true],
      [q10Line, [10], false, true],
      [q6AboveLine, [6], false, true],
    ]);
    expect(r.out).not.toContain('测试大学');
  });

  it('exits 2 with the validator’s messages when a file is invalid', () => {
    const r = compare(oldFile, 'tests/fixtures/three-errors.csv');
    expect(r.code).toBe(2);
    expect(r.err).toContain('数据文件 tests/fixtures/three-errors.csv 有 3 处错误：');
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));
