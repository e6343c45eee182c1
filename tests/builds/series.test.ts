/**
 * A report series built end to end with `npm run build` from its folder:
 * the earlier edition frozen when an edition is added (byte for byte, the
 * banner and switcher living outside it), trend figures equal to an
 * independent computation on the two response files, and statements of
 * change checked (a false "明显提高" refused by --strict).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtHtmlFiles, nuErrors } from '../helpers/nuChecker.ts';
import { shellEnv } from '../helpers/shellEnv.ts';

const source = 'examples/reading-series';
const tmp = mkdtempSync(join(tmpdir(), 'series-'));
const oneEdition = join(tmp, 'one');
const [distOne, distTwo] = [join(tmp, 'dist-one'), join(tmp, 'dist-two')];

function build(root: string, dist: string, ...args: string[]) {
  return spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    encoding: 'utf8',
    // As a maintainer's shell runs it: the runner's BASE_URL would put every edition's own links at the site root.
    env: { ...shellEnv(), ASTRO_TELEMETRY_DISABLED: '1', REPORT_ROOT: root, REPORT_DIST: dist, SOURCE_DATE_EPOCH: '1700000000' },
  });
}

/** The series folder with its first edition only: what the site was before the second was added. */
function firstEditionOnly(to: string) {
  cpSync(join(source, '2024'), join(to, '2024'), { recursive: true });
  const series = JSON.parse(readFileSync(join(source, 'series.json'), 'utf8'));
  writeFileSync(join(to, 'series.json'), JSON.stringify({ ...series, $schema: undefined, editions: series.editions.slice(0, 1) }));
}

const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.')).sort();

beforeAll(() => {
  firstEditionOnly(oneEdition);
  for (const [root, dist] of [[oneEdition, distOne], [source, distTwo]] as const) {
    const run = build(root, dist);
    if (run.status !== 0) throw new Error(`${run.stdout}\n${run.stderr}`);
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('editions are frozen', () => {
  it('adding the 2025 edition leaves every file of the 2024 edition byte-identical', () => {
    const before = files(join(distOne, '2024'));
    expect(before.length).toBeGreaterThan(10);
    expect(files(join(distTwo, '2024'))).toEqual(before);
    for (const f of before) expect(readFileSync(join(distTwo, '2024', f)), f).toEqual(readFileSync(join(distOne, '2024', f)));
  });
  it('the banner is shown on 2024 by the shared series.css only, and not on the latest edition', () => {
    expect(readFileSync(join(distOne, 'series.css'), 'utf8')).not.toContain('newer-edition {');
    const css = readFileSync(join(distTwo, 'series.css'), 'utf8');
    expect(css).toContain('html[data-edition="2024"] .newer-edition');
    expect(css).not.toContain('"2025"');
    const page = readFileSync(join(distTwo, '2024/services/index.html'), 'utf8');
    expect(page).toContain('<html lang="zh-CN" data-edition="2024">');
    expect(page).toContain('这一系列已有新版本');
  });
  it('the switcher of a 2024 page leads to the same chapter in 2025, and a question to its linked question’s table', () => {
    const sw = readFileSync(join(distTwo, 'editions/2024/services/index.html'), 'utf8');
    expect(sw).toContain('href="/2025/services/"');
    // 2024 question 6 (最需要的支持) continues as 2025 question 5, tabulated in the support chapter.
    const q = readFileSync(join(distTwo, 'editions/2024/q6/index.html'), 'utf8');
    expect(q).toContain('href="/2025/support/#needs"');
    expect(readFileSync(join(distTwo, 'editions/2024/q5/index.html'), 'utf8')).toContain('2025 版：没有与之对应的题目');
  });
  it('every page of the series site, editions and series pages alike, is valid HTML (W3C Nu Html Checker)', () => {
    const pages = builtHtmlFiles(distTwo);
    expect(pages.length).toBeGreaterThan(30);
    expect(nuErrors(distTwo, pages)).toEqual([]);
  });
  it('the series home lists both editions, newest first, with what changed', () => {
    const home = readFileSync(join(distTwo, 'index.html'), 'utf8');
    expect(home.indexOf('>2025 版<')).toBeLessThan(home.indexOf('>2024 版<'));
    expect(home).toContain('与 2024 版 相比：延续 6 题（其中 1 题题干有调整），新增第 7 题，删去上一版第 5 题。');
  });
});

/** Independently of the code under test: how many rows of a response file chose `option` in column `header`. */
function tally(file: string, header: string, option: string): { count: number; n: number } {
  const [head, ...rows] = csvParseRows(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const col = head!.findIndex((h) => h.startsWith(header));
  return { count: rows.filter((r) => r[col]!.split('┋').includes(option)).length, n: rows.length };
}

/** Newcombe's hybrid score interval, written out again here from the formula (Newcombe 1998, method 10), in points. */
function newcombe(a: { count: number; n: number }, b: { count: number; n: number }): [number, number] {
  const z = 1.959963984540054;
  const wilson = ({ count, n }: { count: number; n: number }) => {
    const p = count / n;
    const c = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
    return [p, c - h, c + h] as const;
  };
  const [p1, l1, u1] = wilson(a);
  const [p2, l2, u2] = wilson(b);
  const d = p2 - p1;
  return [(d - Math.hypot(p2 - l2, u1 - p1)) * 100, (d + Math.hypot(u2 - p2, p1 - l1)) * 100];
}

describe('trend figures', () => {
  const csv = () => readFileSync(join(distTwo, '2025/data/trend-q2.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split('\n').map((l) => l.split(','));
  const points = (s: string) => Number(s.replace('−', '-'));
  it.each([
    ['亲子阅读活动', '亲子阅读活动'],
    ['读书会', '读书会'],
    // Renamed between the waves: 数字阅读 → 数字阅读服务.
    ['数字阅读', '数字阅读服务'],
  ])('%s: shares, change in points and its interval match the response files', (before, after) => {
    const a = tally(join(source, '2024/data/responses.csv'), '2、', before);
    const b = tally(join(source, '2025/data/responses.csv'), '2、', after);
    const row = csv().find((r) => r[0] === after)!;
    expect(row[1]).toBe(`${((a.count / a.n) * 100).toFixed(2)}%（${a.count}）`);
    expect(row[2]).toBe(`${((b.count / b.n) * 100).toFixed(2)}%（${b.count}）`);
    const change = (b.count / b.n - a.count / a.n) * 100;
    expect(points(row[3]!.replace(/[↑↓＊]/g, '')) * Math.sign(change)).toBeCloseTo(change, 2);
    const [lo, hi] = newcombe(a, b);
    const [shownLo, shownHi] = row[4]!.split(' 至 ').map(points);
    expect(shownLo).toBeCloseTo(lo, 2);
    expect(shownHi).toBeCloseTo(hi, 2);
    expect(row[3]!.endsWith('＊')).toBe(lo > 0 || hi < 0);
  });
  it('an option new in 2025 has “—” for 2024 and no change; a question not linked has no trend download', () => {
    expect(csv().find((r) => r[0] === '自习空间')).toEqual(['自习空间', '—', expect.stringMatching(/%/), '—', '—']);
    expect(files(join(distTwo, '2025/data'))).not.toContain('trend-q7.csv');
  });
  it('the index means, their change and its Welch interval match the response files', () => {
    // 运营保障指数 is how many options of question 4 a room chose (none of them exclusive), in both editions.
    const picks = (file: string) => {
      const [head, ...rows] = csvParseRows(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
      const col = head!.findIndex((h) => h.startsWith('4、'));
      return rows.map((r) => r[col]!.split('┋').length);
    };
    const a = picks(join(source, '2024/data/responses.csv'));
    const b = picks(join(source, '2025/data/responses.csv'));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = (xs: number[]) => xs.reduce((s, x) => s + (x - mean(xs)) ** 2, 0) / (xs.length - 1);
    const d = mean(b) - mean(a);
    const half = 1.959963984540054 * Math.sqrt(variance(a) / a.length + variance(b) / b.length);
    const row = readFileSync(join(distTwo, '2025/data/trend-indices.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split('\n')[1]!.split(',');
    const points = (s: string) => Number(s.replace('−', '-'));
    expect(row.slice(0, 3)).toEqual(['运营保障指数', `${mean(a).toFixed(2)}（${a.length}）`, `${mean(b).toFixed(2)}（${b.length}）`]);
    expect(points(row[3]!.replace(/[↑↓＊]/g, '')) * Math.sign(d)).toBeCloseTo(d, 2);
    const [lo, hi] = row[4]!.split(' 至 ').map(points);
    expect(lo).toBeCloseTo(d - half, 2);
    expect(hi).toBeCloseTo(d + half, 2);
    expect(row[3]!.endsWith('＊')).toBe(d - half > 0 || d + half < 0);
    const page = readFileSync(join(distTwo, '2025/support/index.html'), 'utf8');
    expect(page).toContain(`<th scope="row">运营保障指数</th><td class="num">${mean(a).toFixed(2)}（${a.length}）</td>`);
    expect(page).not.toContain('组成题目有调整');
  });
  it('the page prints the change in words and the reworded question says so; it counts the rooms in both waves', () => {
    const page = readFileSync(join(distTwo, '2025/services/index.html'), 'utf8');
    const a = tally(join(source, '2024/data/responses.csv'), '2、', '亲子阅读活动');
    const b = tally(join(source, '2025/data/responses.csv'), '2、', '亲子阅读活动');
    expect(page).toContain(`提高 ${((b.count / b.n - a.count / a.n) * 100).toFixed(2)} 个百分点`);
    expect(page).toContain('两版都参加调查的有 40 家');
    expect(readFileSync(join(distTwo, '2025/support/index.html'), 'utf8')).toContain('题干有调整，比较仅供参考。');
  });
});

describe('statements of change', () => {
  it('a false “明显提高” (a change within noise) is reported, and --strict refuses to build', () => {
    const copy = join(tmp, 'false-claim');
    cpSync(source, copy, { recursive: true });
    const chapter = join(copy, '2025/content/chapters/01-services.mdx');
    writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\n读书会<Changed question={2} option="读书会" direction="rose" beyondNoise>明显增多</Changed>。\n`);
    const lax = build(copy, join(tmp, 'dist-lax'));
    expect(lax.status).toBe(0);
    expect(lax.stdout + lax.stderr).toMatch(/第 2 题「读书会」与 2024 版 相比提高 [\d.]+ 个百分点（95% 置信区间 −[\d.]+ 至 [\d.]+ 个百分点，未超出抽样误差）/);
    const strict = build(copy, join(tmp, 'dist-strict'), '--strict');
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('--strict：1 条表述与数据不符');
  });
  it('REPORT_PDF, one file for a single report, is refused for a series before anything is built', () => {
    const run = spawnSync(process.execPath, ['scripts/build.ts'], { encoding: 'utf8', env: { ...shellEnv(), REPORT_ROOT: source, REPORT_DIST: join(tmp, 'dist-pdf'), REPORT_PDF: 'README.md' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('REPORT_PDF 只用于单份报告；报告系列请用 npm run pdf，它为每一版打印并链接各自的 PDF。');
  });
  it('a link to an option that does not exist stops the build, naming the place in series.json and the nearest option', () => {
    const copy = join(tmp, 'bad-link');
    cpSync(source, copy, { recursive: true });
    const file = join(copy, 'series.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"数字阅读": "数字阅读服务"', '"数字阅渎": "数字阅读服务"'));
    const run = build(copy, join(tmp, 'dist-bad'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('editions[1].questions.2.options.renamed.数字阅渎：2024 版第 2 题没有选项「数字阅渎」；是否是「数字阅读」？');
  });
});
