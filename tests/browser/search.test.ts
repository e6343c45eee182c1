/**
 * The header search box on Pagefind's index: Chinese queries find the right
 * chapters with <mark>ed excerpts, result links carry the base path, the
 * bundle loads only on use, keys work, and without an index it says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from './staticServer.ts';
import { SUB_PATH, launchBrowser, newContext, rootDist, subDist, watchPage } from './site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Shown {
  status: string;
  results: { title: string; href: string; excerptHtml: string }[];
}

async function search(page: Page, query: string): Promise<Shown> {
  const input = page.getByRole('searchbox', { name: '搜索报告' });
  await input.fill(query);
  await page.waitForFunction((q) => document.getElementById('site-search-status')?.textContent?.includes(`“${q}”`), query);
  return page.evaluate(() => ({
    status: document.getElementById('site-search-status')!.textContent!,
    results: Array.from(document.querySelectorAll('#site-search-results > li'), (li) => {
      const a = li.querySelector<HTMLAnchorElement>('a.search-title')!;
      return { title: a.textContent!, href: a.href, excerptHtml: li.querySelector('.search-excerpt')!.innerHTML };
    }),
  }));
}

describe.each([
  { label: 'at /', dist: rootDist, base: '/' },
  { label: `under ${SUB_PATH}`, dist: subDist, base: SUB_PATH },
])('search $label', ({ dist, base }) => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(dist, base);
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each([
    // 学生助理 is also an answer option in the questionnaire appendix, which Pagefind ranks first (a short page).
    { query: '学生助理', top: ['附录：调查表', '4 调查结果分析'], among: ['2 国内外研究现状与实践经验', '附表：全部调查结果'] },
    { query: '信任', top: ['3 理论框架', '4 调查结果分析', '5 结论'], among: ['摘要与关键词'] },
    { query: '用户参与', top: ['4 调查结果分析'], among: ['3 理论框架', '5 结论'] },
  ])('finds $query in the expected chapters, with <mark>ed excerpts and links under the base', async ({ query, top, among }) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchPage(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${server.url}introduction/`);
    expect(requested.some((u) => u.includes('/pagefind/'))).toBe(false);

    const shown = await search(page, query);
    expect(requested).toContain(`${server.url}pagefind/pagefind.js`);
    expect(shown.results.length).toBeGreaterThan(0);
    const titles = shown.results.map((r) => r.title);
    expect(titles.slice(0, top.length).sort()).toEqual([...top].sort());
    for (const title of among) expect(titles).toContain(title);
    expect(shown.status).toMatch(/有 \d+ 个结果/);
    for (const r of shown.results) {
      expect(r.href.startsWith(server.url), r.href).toBe(true);
      expect(r.excerptHtml).toContain(`<mark>`);
    }
    // A result link opens its page.
    const target = await context.request.get(shown.results[0]!.href);
    expect(target.status()).toBe(200);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    await context.close();
  });

  it('is usable from the keyboard and announces its results', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(server.url);
    await expect(page.locator('form[role="search"] label[for="site-search-input"]').count()).resolves.toBe(1);
    await expect(page.locator('#site-search-status').getAttribute('aria-live')).resolves.toBe('polite');
    await search(page, '学生助理');
    const input = page.locator('#site-search-input');
    await input.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.classList.contains('search-title'))).resolves.toBe(true);
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await page.keyboard.press('ArrowUp');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-input');
    await page.keyboard.press('Escape');
    await expect(page.locator('#site-search-panel').isHidden()).resolves.toBe(true);
    // Enter in the box jumps to the first result; Enter on it follows the link.
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.classList.contains('search-title'));
    await Promise.all([page.waitForURL(href), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname.startsWith(server.base)).toBe(true);
    await context.close();
  });

  it('says that search needs a build when there is no index', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(server.url);
    await page.getByRole('searchbox', { name: '搜索报告' }).fill('信任');
    await page.waitForFunction(() => document.getElementById('site-search-status')?.textContent?.includes('构建'));
    await expect(page.locator('#site-search-status').textContent()).resolves.toContain('npm run build');
    await context.close();
  });
});
