/** Shared pieces of the browser tests: where the builds are, the browser, page checks. */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';

export const SUB_PATH = '/sub/path/';
export const rootDist = 'dist';
export const subDist = 'test-results/dist-sub';
export const screenshotDir = resolve('screenshots');

/** Debian's Chromium, with the flags that work on these machines (no downloaded browser): the one launcher the PDF script uses too. */
export const launchBrowser = launchChromium;

/**
 * Every HTML page of a built site, as URL paths relative to its base: `''` for
 * the home page, `results/` for dist/results/index.html, and `404.html`.
 */
export function builtPages(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(join(dir, entry.name), `${rel}${entry.name}/`);
      } else if (entry.name === 'index.html') pages.push(rel);
      else if (entry.name.endsWith('.html')) pages.push(`${rel}${entry.name}`);
    }
  };
  walk(resolve(dist), '');
  return pages.sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)));
}

/** A file-name-safe name for a page path: `home`, `results`, `404`. */
export function pageName(path: string): string {
  return path === '' ? 'home' : path.replace(/\.html$/, '').replace(/\/$/, '').replaceAll('/', '-');
}

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
}

/** Records console errors, page errors, failed requests and HTTP errors on `page`. */
export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.consoleErrors.push(`${page.url()}: uncaught ${e.message}`));
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    // Chromium abandons the favicon fetch when the next navigation starts; the crawl checks the icon itself.
    if (error === 'net::ERR_ABORTED' && /\/favicon\.(svg|ico)$/.test(r.url())) return;
    problems.failedRequests.push(`${r.url()} (${error})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.failedRequests.push(`${r.url()} → HTTP ${r.status()}`);
  });
  return problems;
}

export async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  return browser.newContext({ locale: 'zh-CN', ...options });
}
