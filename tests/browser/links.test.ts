/**
 * Crawl the built site from its home page, at `/` and under a sub-path: every
 * page loads with no console error and no failed request, every internal link
 * and every download resolves, every #fragment points at an element on its
 * page, and nothing links out of the base path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionnaire } from '../helpers/questionnaire.ts';
import type { Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from './staticServer.ts';
import { SUB_PATH, builtPages, launchBrowser, newContext, rootDist, subDist, watchPage } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface CrawlResult {
  pages: string[];
  downloads: string[];
  external: string[];
  problems: string[];
  consoleErrors: string[];
  failedRequests: string[];
  pagefindAtLoad: string[];
}

/** Whether a same-origin URL names an HTML page (a folder URL or .html) rather than a file to download. */
const isPage = (u: URL) => u.pathname.endsWith('/') || u.pathname.endsWith('.html');

async function crawl(server: StaticServer): Promise<CrawlResult> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const watched = watchPage(page);
  const pagefindAtLoad: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) pagefindAtLoad.push(`${page.url()} → ${r.url()}`);
  });

  const result: CrawlResult = { pages: [], downloads: [], external: [], problems: [], consoleErrors: [], failedRequests: [], pagefindAtLoad };
  const queue = [server.url];
  const seen = new Set(queue);
  const fragments: { from: string; page: string; id: string }[] = [];
  const ids = new Map<string, Set<string>>();
  const files = new Map<string, string>(); // download URL → the page linking to it

  while (queue.length) {
    const url = queue.shift()!;
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response || response.status() !== 200) {
      result.problems.push(`${url}: HTTP ${response?.status()}`);
      continue;
    }
    result.pages.push(new URL(url).pathname);
    const { hrefs, pageIds } = await page.evaluate(() => ({
      hrefs: Array.from(document.querySelectorAll('a[href], link[rel~="icon"], link[rel="sitemap"]'), (a) => ({
        raw: a.getAttribute('href')!,
        absolute: (a as HTMLAnchorElement).href,
      })),
      pageIds: Array.from(document.querySelectorAll('[id]'), (e) => e.id),
    }));
    ids.set(url, new Set(pageIds));
    for (const { raw, absolute } of hrefs) {
      const target = new URL(absolute);
      if (target.origin !== server.origin) {
        result.external.push(absolute);
        continue;
      }
      if (!target.pathname.startsWith(server.base)) {
        result.problems.push(`${url}: link "${raw}" leaves the base path ${server.base}`);
        continue;
      }
      const pageUrl = `${target.origin}${target.pathname}`;
      if (target.hash) fragments.push({ from: url, page: pageUrl, id: decodeURIComponent(target.hash.slice(1)) });
      if (isPage(target)) {
        if (!seen.has(pageUrl)) {
          seen.add(pageUrl);
          queue.push(pageUrl);
        }
      } else if (!files.has(pageUrl)) {
        files.set(pageUrl, url);
      }
    }
  }

  for (const [file, from] of files) {
    const r = await context.request.get(file);
    const type = r.headers()['content-type'] ?? '';
    const body = await r.body();
    if (r.status() !== 200) result.problems.push(`${from}: download ${file} → HTTP ${r.status()}`);
    else if (body.length === 0) result.problems.push(`${from}: download ${file} is empty`);
    else if (file.endsWith('.csv') && !type.startsWith('text/csv')) result.problems.push(`${file}: content type ${type}`);
    result.downloads.push(new URL(file).pathname);
  }

  for (const f of fragments) {
    const known = ids.get(f.page);
    if (!known) result.problems.push(`${f.from}: #${f.id} on ${f.page}, which was not crawled`);
    else if (!known.has(f.id)) result.problems.push(`${f.from}: link to #${f.id} on ${f.page}, which has no such id`);
  }

  result.consoleErrors = watched.consoleErrors;
  result.failedRequests = watched.failedRequests;
  await context.close();
  return result;
}

describe.each([
  { label: 'at /', dist: rootDist, base: '/' },
  { label: `under ${SUB_PATH}`, dist: subDist, base: SUB_PATH },
])('the site $label', ({ dist, base }) => {
  let server: StaticServer;
  let result: CrawlResult;
  beforeAll(async () => {
    server = await startStaticServer(dist, base);
    result = await crawl(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('reaches every built page from the home page', () => {
    const expected = builtPages(dist)
      .filter((p) => p !== '404.html')
      .map((p) => `${server.base}${p}`);
    expect(result.pages.sort()).toEqual(expected.sort());
  });

  it('has no broken link, download or fragment, and no link out of the base path', () => {
    expect(result.problems).toEqual([]);
  });

  it('offers every table as a CSV download that resolves', () => {
    const csv = new Set(result.downloads.filter((d) => /\/data\/q\d+\.csv$/.test(d)));
    const choiceQuestions = questionnaire.questions.filter((q) => q.type === 'single' || q.type === 'multiple');
    expect(choiceQuestions).toHaveLength(16);
    expect(csv).toEqual(new Set(choiceQuestions.map((q) => `${server.base}data/q${q.number}.csv`)));
    expect(result.downloads).toContain(`${server.base}data/indices-correlation.csv`);
  });

  it('loads every page with no console error and no failed request', () => {
    expect(result.consoleErrors).toEqual([]);
    expect(result.failedRequests).toEqual([]);
    expect(server.failures).toEqual([]);
  });

  it('loads no search code until the reader uses the search box', () => {
    expect(result.pagefindAtLoad).toEqual([]);
  });

  it('answers an unknown URL with the 404 page, whose links work', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const response = await page.goto(`${server.url}no/such/page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('页面未找到');
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toContain(server.url);
    expect(hrefs).toContain(`${server.url}full/`);
    for (const href of hrefs) {
      const r = await context.request.get(href);
      expect(r.status(), href).toBe(200);
    }
    await context.close();
    server.failures.length = 0;
  });
});
