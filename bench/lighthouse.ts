/**
 * Lighthouse scores of every page of a built site, as a reader on a phone
 * gets them: mobile form factor, simulated throttling, the median of `runs`
 * runs per page (by performance score), with Debian's Chromium
 * (`CHROMIUM_PATH`, default /usr/bin/chromium), never a downloaded browser.
 * The reference in the same run is the site's 404 page, the lightest page
 * there is: a page's Total Blocking Time is also given as a ratio to it.
 *
 * `npm run bench` runs it as a section; alone: `node bench/lighthouse.ts [dist] [page …]`.
 */
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../scripts/chromium.ts';
import { startStaticServer } from '../tests/browser/staticServer.ts';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface PageScores {
  page: string;
  /** 0–100 per category, of the median run. */
  scores: Record<(typeof categories)[number], number>;
  totalBlockingTime: number;
  domSize: number;
}

/** The pages of `dist`, as URL paths: `/`, `/results/`, `/404.html`. */
function pagesOf(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

/** Total DOM elements, from Lighthouse 13's DOM-size insight (its old `dom-size` audit is gone). */
function domElements(lhr: { audits: Record<string, { details?: unknown }> }): number {
  const items = (lhr.audits['dom-size-insight']?.details as { items?: { statistic?: string; value?: { value?: number } }[] } | undefined)?.items ?? [];
  return items.find((i) => i.statistic === 'Total elements')?.value?.value ?? NaN;
}

async function score(url: string, port: number): Promise<PageScores & { url: string }> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...categories] }, { extends: 'lighthouse:default', settings: { formFactor: 'mobile', throttlingMethod: 'simulate' } });
  const lhr = result!.lhr;
  const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as PageScores['scores'];
  return { url, page: new URL(url).pathname, scores, totalBlockingTime: lhr.audits['total-blocking-time']?.numericValue ?? NaN, domSize: domElements(lhr) };
}

/** The median run of `runs` by performance score. */
function median<T extends { scores: { performance: number } }>(all: T[]): T {
  return [...all].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor(all.length / 2)]!;
}

export async function lighthouseBench({ dist, runs = 3, only = [] as string[] }: { dist: string; runs?: number; only?: string[] }): Promise<{ report: string; pages: PageScores[] }> {
  const server = await startStaticServer(dist);
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const wanted = pagesOf(dist).filter((p) => only.length === 0 || only.includes(p));
    const pages: PageScores[] = [];
    for (const page of wanted) {
      const url = new URL(page.replace(/^\//, ''), server.url).href;
      const all = [];
      for (let i = 0; i < runs; i++) all.push(await score(url, chrome.port));
      pages.push(median(all));
    }
    const reference = pages.find((p) => p.page === '/404.html');
    const lines = pages.map((p) => {
      const ratio = reference && reference.totalBlockingTime > 0 ? `（${(p.totalBlockingTime / reference.totalBlockingTime).toFixed(1)}× 404）` : '';
      return `${p.page.padEnd(28)} ${categories.map((c) => String(p.scores[c]).padStart(4)).join('')}   TBT ${Math.round(p.totalBlockingTime)} ms${ratio}   DOM ${p.domSize}`;
    });
    const all100 = pages.every((p) => categories.every((c) => p.scores[c] === 100));
    return {
      pages,
      report: [`mobile, simulated throttling, median of ${runs}`, `${'page'.padEnd(28)} perf a11y  bp  seo`, ...lines, all100 ? 'every page 100 in all four categories' : 'NOT every page is 100 in all four categories'].join('\n'),
    };
  } finally {
    await chrome.kill();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const [dist = 'dist', ...only] = process.argv.slice(2);
  console.log((await lighthouseBench({ dist, only })).report);
}
