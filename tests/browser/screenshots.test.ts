/**
 * Pictures for review, written to screenshots/ (gitignored): every page at
 * 375 px and 1280 px, a few in the dark theme, table 12 with its heatmap, the
 * 全文 page in print emulation, and 全文 printed to screenshots/full.pdf.
 * The checks here are only that the pictures were made and that the page does
 * not scroll sideways; what they show is for a person to judge.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from './staticServer.ts';
import { builtPages, launchBrowser, newContext, pageName, rootDist, screenshotDir } from './site.ts';

let browser: Browser;
let server: StaticServer;
const pages = builtPages(rootDist);

beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  browser = await launchBrowser();
  server = await startStaticServer(rootDist, '/');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shot = (name: string) => join(screenshotDir, name);

/** Whether anything makes the page wider than the viewport. */
const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each([375, 1280])('at %i px', (width) => {
  it.each(pages)('/%s', async (path) => {
    const context = await newContext(browser, { viewport: { width, height: width < 600 ? 812 : 900 }, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    const file = shot(`${pageName(path)}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(1000);
    expect(await sidewaysScroll(page), 'page scrolls sideways').toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('in the dark theme', () => {
  it.each([
    { path: '', width: 1280 },
    { path: 'results/', width: 1280 },
    { path: 'results/', width: 375 },
  ])('/$path at $width px', async ({ path, width }) => {
    const context = await newContext(browser, { viewport: { width, height: 900 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    await page.screenshot({ path: shot(`${pageName(path)}-dark-${width}.png`), fullPage: true });
    // The dark theme is really on: a dark page behind light text, and nothing wider than the screen.
    const [background, text] = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
    const luminance = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
    expect(luminance(background!)).toBeLessThan(60);
    expect(luminance(text!)).toBeGreaterThan(180);
    expect(await sidewaysScroll(page), 'page scrolls sideways').toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('details', () => {
  it('table 12 and its heatmap, light and dark, wide and narrow', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [1280, 375]) {
        const context = await newContext(browser, { viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(`${server.url}results/`);
        const figure = page.locator('figure.report-table', { has: page.locator('caption', { hasText: '表 12' }) });
        await expect(figure.count()).resolves.toBe(1);
        await figure.screenshot({ path: shot(`results-table12-${colorScheme}-${width}.png`) });
        await context.close();
      }
    }
  });

  it('the header with search results open, at 375 and 1280 px', async () => {
    for (const width of [375, 1280]) {
      const context = await newContext(browser, { viewport: { width, height: 700 } });
      const page = await context.newPage();
      await page.goto(`${server.url}results/`);
      await page.getByRole('searchbox', { name: '搜索报告' }).fill('学生助理');
      await page.waitForSelector('#site-search-results mark');
      await page.screenshot({ path: shot(`search-open-${width}.png`) });
      // The results open inside the screen, below the box, with the query marked in them.
      const box = (await page.locator('#site-search-results').boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(await page.locator('#site-search-results a').count()).toBeGreaterThan(0);
      expect(await page.locator('#site-search-results mark').first().textContent()).toMatch(/学生|助理/);
      await context.close();
    }
  });
});

describe('print', () => {
  it('全文 in print emulation, even with the dark theme chosen', async () => {
    const context = await newContext(browser, { viewport: { width: 794, height: 1123 }, colorScheme: 'dark' });
    await context.addInitScript(() => localStorage.setItem('report-theme', 'dark'));
    const page = await context.newPage();
    await page.goto(`${server.url}full/`);
    await page.emulateMedia({ media: 'print' });
    const chrome = await page.evaluate(() =>
      ['.site-header', '.site-footer', '.skip-link', '.site-search', '.theme-toggle'].map((s) => {
        const e = document.querySelector(s);
        return e ? getComputedStyle(e).display : 'none';
      }),
    );
    expect(chrome).toEqual(['none', 'none', 'none', 'none', 'none']);
    const colours = await page.evaluate(() => ({ bg: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(document.body).color }));
    expect(colours).toEqual({ bg: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
    const chapterBreak = await page.evaluate(() => getComputedStyle(document.querySelector('.full-text article.chapter')!).breakBefore);
    expect(chapterBreak).toBe('page');
    // On screen, chapters off screen are skipped until scrolled to; print must lay out every one.
    await expect(page.evaluate(() => getComputedStyle(document.querySelector('.full-text article.chapter')!).contentVisibility)).resolves.toBe('visible');
    await expect(page.evaluate(() => getComputedStyle(document.querySelector('.report-table')!).contentVisibility)).resolves.toBe('visible');
    await expect(page.evaluate(() => getComputedStyle(document.querySelector('thead')!).display)).resolves.toBe('table-header-group');
    await page.screenshot({ path: shot('full-print.png'), fullPage: true });

    await page.pdf({ path: shot('full.pdf'), format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(statSync(shot('full.pdf')).size).toBeGreaterThan(50_000);
    await context.close();
  });
});
