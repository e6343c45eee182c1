/**
 * Benchmark section: what an editor waits for in `npm run dev`, from saving a
 * file to the open page showing the change, for (a) a chapter edit (a marker
 * paragraph appended to the chapter's MDX) and (b) a response-file edit (the
 * last response removed, then restored: the page's 有效问卷 count changes), at
 * the shipped 122 responses and at synthetic files of 10k and 100k responses of
 * the same questionnaire. Each size runs on a throwaway copy of the report
 * (REPORT_ROOT) in its own dev server, read by Debian's Chromium.
 * The clock starts when the save has returned (the response file is saved by
 * rename, as editors do, so the server never reads half a file) and stops when
 * the page's DOM holds the new text. The reference in the same run is a reload
 * of the same page unchanged, timed to the same point (the DOM holds the page's
 * count), which the server renders again from its caches: ratio =
 * latency / reload says how many plain re-renders a change costs.
 *
 * `npm run bench -- --only dev` runs it alone; `--dev-sizes 122,10000` picks sizes.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.ts';
import { reportFolder } from '../src/report/folder.ts';
import { loadQuestionnaire } from '../src/survey/loadQuestionnaire.ts';
import { devDataSteps, type DataSteps } from './devDataSteps.ts';
import { startDevServer } from './devServer.ts';
import { markerText, withMarker, withoutLastRecord } from './edits.ts';
import { copyReport } from './reportCopy.ts';
import { syntheticCsv } from './syntheticCsv.ts';
import { formatRatio, median, ratio, table } from './timing.ts';

/** The shipped response file's size, as a size to ask for. */
export const SHIPPED = 122;

export interface DevLatencyOptions {
  /** Numbers of responses: 122 is the shipped file, any other a synthetic file (default 122, 10k, 100k). */
  sizes?: number[];
  runs?: number;
  /** The chapter edited and the page watched (its `<Responses />` shows the count). */
  chapter?: string;
  page?: string;
}

export interface DevLatencyResult {
  responses: number;
  reloadMs: number;
  chapterMs: number;
  dataMs: number;
  /** The data steps of a response-file save, timed apart. */
  steps: DataSteps;
}

/** In the page: whether its text holds `text`. */
const hasText = (text: string) => document.body?.textContent?.includes(text) ?? false;

/** In the page: the 有效问卷 count printed after 共收回, or '' (a string: compared, never computed with). */
const countShown = () => /共收回\s*(\S+?)\s*份/.exec(document.body?.textContent ?? '')?.[1] ?? '';

/** In the page: whether it shows a count other than `before` (with `before` = '', any count). Self-contained: it runs in the browser. */
const countIsNot = (before: string) => {
  const n = /共收回\s*(\S+?)\s*份/.exec(document.body?.textContent ?? '')?.[1] ?? '';
  return n !== '' && n !== before;
};

/** The count the page shows, read once the page is not between two documents (a reload may be under way). */
async function countNow(page: Page): Promise<string> {
  for (let tries = 0; ; tries++) {
    try {
      await page.waitForFunction(countIsNot, '', { timeout: 300_000 });
      return await page.evaluate(countShown);
    } catch (e) {
      if (tries >= 20 || !/context was destroyed|navigat/i.test(String(e))) throw e;
    }
  }
}

/** Milliseconds from `started` until `ready(arg)` holds in the page, polled on each animation frame (the page may reload meanwhile). */
async function msUntil(page: Page, started: number, ready: (arg: string) => boolean, arg: string): Promise<number> {
  await page.waitForFunction(ready, arg, { timeout: 300_000 });
  return performance.now() - started;
}

/** A synthetic response file of `responses` responses to the report's questionnaire. */
function syntheticResponses(responses: number): string {
  const qn = loadQuestionnaire(resolve('data/questionnaire.json'));
  if (!qn.ok) throw new Error('the questionnaire is invalid');
  return syntheticCsv(qn.questionnaire, responses);
}

/** The medians of reloads, chapter saves and response-file saves in a dev server on the report copy at `root`. */
async function measureLatency(browser: Browser, root: string, runs: number, chapter: string, pagePath: string): Promise<Pick<DevLatencyResult, 'reloadMs' | 'chapterMs' | 'dataMs'>> {
  const chapterFile = join(root, 'content', 'chapters', chapter);
  const dataFile = join(root, 'data', 'responses.csv');
  const originalChapter = readFileSync(chapterFile, 'utf8');
  const originalData = readFileSync(dataFile, 'utf8');
  const shortData = withoutLastRecord(originalData);
  const server = await startDevServer(root);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(new URL(pagePath, server.url).href, { timeout: 300_000 });
    // A fresh server optimises its dependencies and reloads the page once: let it settle.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);

    // Timed to the same point as an edit: the page's DOM holding its text (here, the count), not its load event.
    const reloads: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const t0 = performance.now();
      await page.reload({ waitUntil: 'commit', timeout: 300_000 });
      const ms = await msUntil(page, t0, countIsNot, '');
      if (i > 0) reloads.push(ms);
    }

    // Run 0 of each edit is a warm-up: the first edit compiles what the first render did not need.
    const chapterTimes: number[] = [];
    for (let i = 0; i <= runs; i++) {
      writeFileSync(chapterFile, withMarker(originalChapter, i));
      const ms = await msUntil(page, performance.now(), hasText, markerText(i));
      if (i > 0) chapterTimes.push(ms);
    }
    writeFileSync(chapterFile, originalChapter);
    await page.waitForFunction((m) => !(document.body?.textContent?.includes(m) ?? false), markerText(runs), { timeout: 300_000 });

    const dataTimes: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const before = await countNow(page);
      const next = join(root, 'data', `.responses.csv.${i}`);
      writeFileSync(next, i % 2 === 0 ? shortData : originalData);
      renameSync(next, dataFile);
      const ms = await msUntil(page, performance.now(), countIsNot, before);
      if (i > 0) dataTimes.push(ms);
    }
    // The last save may have left the shortened file; the data steps are timed on the original.
    writeFileSync(dataFile, originalData);
    return { reloadMs: median(reloads), chapterMs: median(chapterTimes), dataMs: median(dataTimes) };
  } finally {
    await context.close();
    await server.stop();
  }
}

/** Latency at `responses` responses on a report copy of its own, and the data steps timed apart once its server has stopped. */
async function measureSize(browser: Browser, responses: number, runs: number, chapter: string, pagePath: string): Promise<DevLatencyResult> {
  const root = copyReport('.', responses === SHIPPED ? undefined : syntheticResponses(responses));
  try {
    const latency = await measureLatency(browser, root, runs, chapter, pagePath);
    return { responses, ...latency, steps: await devDataSteps(reportFolder(root)) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The section's text: one row per size and edit, and the verdicts against the aims (≤ 1 s at 122, ≤ 3 s at 10k). */
function format(results: readonly DevLatencyResult[], runs: number, pagePath: string): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const aim = (r: DevLatencyResult) => (r.responses <= SHIPPED ? 1000 : r.responses <= 10_000 ? 3000 : undefined);
  const rows = results.flatMap((r) => [
    [n(r.responses), 'chapter MDX saved', r.chapterMs.toFixed(0), r.reloadMs.toFixed(0), formatRatio(ratio(r.chapterMs, r.reloadMs)), aim(r) === undefined ? '' : r.chapterMs <= aim(r)! ? `≤ ${aim(r)} ok` : `> ${aim(r)} MISSED`],
    [n(r.responses), 'response file saved', r.dataMs.toFixed(0), r.reloadMs.toFixed(0), formatRatio(ratio(r.dataMs, r.reloadMs)), aim(r) === undefined ? '' : r.dataMs <= aim(r)! ? `≤ ${aim(r)} ok` : `> ${aim(r)} MISSED`],
  ]);
  const steps = results.map((r) => {
    const { readMs, loadMs, figuresMs } = r.steps;
    return [n(r.responses), r.dataMs.toFixed(0), readMs.toFixed(0), loadMs.toFixed(0), figuresMs.toFixed(0), (r.dataMs - loadMs - figuresMs).toFixed(0)];
  });
  return [
    `npm run dev, ${pagePath}: save → the page's DOM shows the change; reference = reload of the same page unchanged; median of ${runs} runs after a warm-up`,
    '',
    table([['responses', 'edit', 'latency ms', 'reload ms', 'ratio', 'aim ms'], ...rows]),
    '',
    'a response-file save, step by step (steps timed apart in the bench process, one run; rest = latency − load − figures: Astro rendering, watcher, reload; below 0 when the steps ran slower apart than in the server):',
    '',
    table([['responses', 'latency ms', 'read file', 'load (read → validated columns)', 'all figures', 'rest'], ...steps]),
  ].join('\n');
}

/** Measures dev-server latency at each size, one dev server per size, one browser for all. */
export async function devLatencyBench({ sizes = [SHIPPED, 10_000, 100_000], runs = 3, chapter = '04-results.mdx', page = 'results/' }: DevLatencyOptions = {}): Promise<{ report: string; sizes: DevLatencyResult[] }> {
  const browser = await launchChromium();
  try {
    const results: DevLatencyResult[] = [];
    for (const size of sizes) results.push(await measureSize(browser, size, runs, chapter, page));
    return { sizes: results, report: format(results, runs, page) };
  } finally {
    await browser.close();
  }
}
