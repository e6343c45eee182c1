/**
 * `astro dev` follows the data: on a copy of the report (REPORT_ROOT), saving
 * the response file updates the open page without a restart or a navigation,
 * an invalid save shows the validator's messages in the error overlay, the
 * next valid save recovers, and so does the data description; a typo in a chapter's component prop shows its
 * file, line and the nearest valid value in the overlay.
 */
import { stripVTControlCharacters } from 'node:util';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { displayPath } from '../../src/report/displayPath.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import type { Browser, Page } from 'playwright-core';
import { formatProblem, loadDataset } from '../../src/survey/loadDataset.ts';
import { questionnaire } from '../helpers/questionnaire.ts';
import { launchBrowser, newContext, screenshotDir } from './site.ts';

// Outside the project: Vite's watcher ignores test-results/ (and node_modules/, .git/).
const root = mkdtempSync(join(tmpdir(), 'dev-report-'));
const dataFile = join(root, 'data/responses.csv');
/** A chapter whose `<Pct>` names 「校有」 (meant: 校友) on line 9; written before the server starts, which reads the chapter list then. */
const typoChapter = join(root, 'content/chapters/99-typo.mdx');
const original = readFileSync(resolve('data/responses.csv'), 'utf8');
const [header, ...rows] = csvParseRows(original.replace(/^\uFEFF/, ''));
const csv = (body: string[][]) => `${csvFormatRows([header!, ...body])}\n`;

let dev: ChildProcess;
let base: string;
let browser: Browser;
let page: Page;

/** Starts `astro dev` on the copy and resolves with its address, as it prints it (it moves on from a port in use). */
function startDev(): Promise<string> {
  dev = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--ignore-lock', '--port', String(43000 + (process.pid % 2000))], {
    // As a maintainer runs it: not in vitest's test mode.
    env: { ...process.env, NODE_ENV: 'development', VITEST: '', REPORT_ROOT: root, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((ok, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`astro dev did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      // Under CI, Astro colours its banner; the colour codes sit between "Local" and the address.
      output += stripVTControlCharacters(chunk.toString());
      const url = /Local\s+(http:\/\/localhost:\d+\/)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        ok(url);
      }
    };
    dev.stdout!.on('data', read);
    dev.stderr!.on('data', read);
  });
}

/** The count of valid responses the 数据说明 page shows. */
const validResponses = () => page.locator('.data-summary dd').nth(1).textContent();
/** The message of the dev error overlay, once it shows. */
async function overlayMessage(): Promise<string> {
  await page.waitForFunction(() => document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('#message-content')?.textContent, undefined, { timeout: 30_000 });
  return page.evaluate(() => document.querySelector('vite-error-overlay')!.shadowRoot!.querySelector('#message-content')!.textContent!);
}

beforeAll(async () => {
  for (const dir of ['content', 'data']) cpSync(resolve(dir), join(root, dir), { recursive: true });
  writeFileSync(typoChapter, ['---', 'title: 临时章节', 'order: 99', 'description: 含一处笔误的临时章节', '---', '', '## 一节', '', '校友占 <Pct question={6} option="校有" />。', ''].join('\n'));
  base = await startDev();
  browser = await launchBrowser();
  page = await (await newContext(browser)).newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  dev?.kill();
  rmSync(root, { recursive: true, force: true });
});

describe('astro dev follows the data', () => {
  it('updates the open page when the response file is saved, shows an invalid file’s problems in the overlay, and recovers', async () => {
    await page.goto(`${base}data-notes/`);
    // A fresh server optimises its dependencies and reloads the page once; wait until it has settled.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    expect(await validResponses()).toBe(`${rows.length} 份`);
    const navigations: string[] = [];
    page.on('framenavigated', (f) => f === page.mainFrame() && navigations.push(f.url()));

    writeFileSync(dataFile, csv(rows.slice(2)));
    await page.waitForFunction((n) => document.querySelector('.data-summary')?.textContent?.includes(`${n} 份`), rows.length - 2, { timeout: 30_000 });
    expect(await validResponses()).toBe(`${rows.length - 2} 份`);
    expect(navigations.length).toBeGreaterThan(0); // the server reloaded the page; the test never navigated

    const q9 = header!.findIndex((h) => h.startsWith('9、'));
    const broken = rows.map((r, i) => (i === 2 ? r.map((v, j) => (j === q9 ? `${v}┋资源推荐` : v)) : r));
    writeFileSync(dataFile, csv(broken));
    const loaded = await loadDataset(dataFile, questionnaire);
    if (loaded.ok) throw new Error('the broken file should not validate');
    const message = await overlayMessage();
    for (const problem of loaded.errors) expect(message).toContain(formatProblem(problem));
    mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: join(screenshotDir, 'dev-invalid-data.png') });

    writeFileSync(dataFile, original);
    await page.waitForFunction((n) => document.querySelector('.data-summary')?.textContent?.includes(`${n} 份`), rows.length, { timeout: 30_000 });
    expect(await page.evaluate(() => document.querySelector('vite-error-overlay'))).toBeNull();
  });

  it('follows the data description too: an invalid one in the overlay, a real-data one in the footer', async () => {
    const meta = join(root, 'data/responses.meta.json');
    writeFileSync(meta, JSON.stringify({ synthetic: 'yes', source: '问卷星导出', collected: '2024 年' }));
    expect(await overlayMessage()).toContain(`${displayPath(meta)}：字段 synthetic 应为 true 或 false`);
    writeFileSync(meta, JSON.stringify({ synthetic: false, source: '问卷星导出的原始答卷', collected: '2024 年' }));
    await page.waitForFunction(() => document.querySelector('footer')?.textContent?.includes('问卷星导出的原始答卷'), undefined, { timeout: 30_000 });
    expect((await page.locator('footer').textContent())!.trim()).toBe('本网站的全部数字在构建时由答卷文件计算生成。所用答卷文件：问卷星导出的原始答卷（收集于 2024 年）。');
  });

  it('follows the report’s metadata: a new title reaches the open page without a navigation', async () => {
    const metaFile = join(root, 'content/report.json');
    const meta = readFileSync(metaFile, 'utf8');
    const title = '改过标题的测试报告';
    writeFileSync(metaFile, JSON.stringify({ ...JSON.parse(meta), title }, null, 2));
    await page.waitForFunction((t) => document.title.includes(t), title, { timeout: 30_000 });
    writeFileSync(metaFile, meta);
    await page.waitForFunction((t) => !document.title.includes(t), title, { timeout: 30_000 });
  });

  it('shows a typo in a chapter’s component prop with its file, line and the nearest valid value', async () => {
    await page.goto(`${base}typo/`);
    expect(await overlayMessage()).toContain(`${displayPath(typoChapter)}:9 <Pct>：第 6 题没有选项「校有」；是否是「校友」？`);
    await page.screenshot({ path: join(screenshotDir, 'dev-typo.png') });
  });
});
