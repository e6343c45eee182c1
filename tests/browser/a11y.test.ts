/**
 * Accessibility: axe finds no violation on any page in either theme, whether
 * the theme comes from the system (emulated prefers-color-scheme) or from the
 * reader's choice (the toggle, remembered in localStorage); the toggle starts
 * from the system setting and applies a remembered choice before first paint;
 * the skip link is the first tab stop and moves focus to the main content.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from './staticServer.ts';
import { builtPages, launchBrowser, newContext, rootDist } from './site.ts';

let browser: Browser;
let server: StaticServer;
const pages = builtPages(rootDist);

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startStaticServer(rootDist, '/');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const DARK_BG = 'rgb(21, 23, 26)';
const LIGHT_BG = 'rgb(255, 255, 255)';

async function shownTheme(page: Page): Promise<'light' | 'dark'> {
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  if (bg === DARK_BG) return 'dark';
  if (bg === LIGHT_BG) return 'light';
  throw new Error(`unexpected page background ${bg}`);
}

/** axe's violations on the page, one line per failing node. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`),
  );
}

const modes = [
  { name: 'light, from the system', system: 'light', toggle: false, expected: 'light' },
  { name: 'dark, from the system', system: 'dark', toggle: false, expected: 'dark' },
  { name: 'dark, chosen with the toggle', system: 'light', toggle: true, expected: 'dark' },
  { name: 'light, chosen with the toggle', system: 'dark', toggle: true, expected: 'light' },
] as const;

describe.each(modes)('axe, theme $name', ({ system, toggle, expected }) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await newContext(browser, { colorScheme: system });
    page = await context.newPage();
    await page.goto(server.url);
    expect(await shownTheme(page)).toBe(system);
    const button = page.getByRole('button', { name: '深色模式' });
    await expect(button.getAttribute('aria-pressed')).resolves.toBe(String(system === 'dark'));
    if (toggle) {
      await button.click();
      await expect(button.getAttribute('aria-pressed')).resolves.toBe(String(expected === 'dark'));
      await expect(page.evaluate(() => localStorage.getItem('report-theme'))).resolves.toBe(expected);
    }
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(pages)('page /%s has no violations', async (path) => {
    await page.goto(`${server.url}${path}`);
    expect(await shownTheme(page)).toBe(expected);
    if (toggle) await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(expected);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has no violations with search results open', async () => {
    await page.goto(`${server.url}results/`);
    await page.getByRole('searchbox', { name: '搜索报告' }).fill('用户参与');
    await page.waitForSelector('#site-search-results mark');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('theme toggle', () => {
  it('applies the remembered theme before the page is painted', async () => {
    const context = await newContext(browser, { colorScheme: 'light' });
    await context.addInitScript(() => localStorage.setItem('report-theme', 'dark'));
    const page = await context.newPage();
    // Read the theme from the first script that runs in <body>: by then the head has run, nothing has painted.
    await page.route(`${server.url}results/`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('<body>', '<body><script>window.__themeAtBody = document.documentElement.dataset.theme;</script>');
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${server.url}results/`);
    await expect(page.evaluate(() => (window as unknown as { __themeAtBody?: string }).__themeAtBody)).resolves.toBe('dark');
    await context.close();
  });

  it('toggles back and forth and keeps the choice across pages', async () => {
    const context = await newContext(browser, { colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(server.url);
    const button = page.getByRole('button', { name: '深色模式' });
    await button.click();
    expect(await shownTheme(page)).toBe('light');
    await page.goto(`${server.url}framework/`);
    expect(await shownTheme(page)).toBe('light');
    await page.getByRole('button', { name: '深色模式' }).click();
    expect(await shownTheme(page)).toBe('dark');
    await expect(page.evaluate(() => localStorage.getItem('report-theme'))).resolves.toBe('dark');
    await context.close();
  });

  it('has a visible focus indicator', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(server.url);
    const button = page.getByRole('button', { name: '深色模式' });
    await button.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await button.evaluate((b) => getComputedStyle(b).outlineStyle + ' ' + getComputedStyle(b).outlineWidth);
    expect(outline).toBe('solid 3px');
    await context.close();
  });
});

describe('keyboard', () => {
  it.each(pages)('on /%s the skip link is the first tab stop and moves focus to main', async (path) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ cls: document.activeElement?.className, text: document.activeElement?.textContent }));
    expect(first).toEqual({ cls: 'skip-link', text: '跳到正文' });
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('MAIN');
    await context.close();
  });
});
