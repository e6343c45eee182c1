/** The example report in Chromium: its search finds its own chapters; screenshots of its home page and heatmap for review. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../browser/staticServer.ts';
import { launchBrowser, newContext, screenshotDir, watchPage } from '../browser/site.ts';
import { exampleDist } from './example.ts';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startStaticServer(exampleDist, '/');
});
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

describe('the example report in a browser', () => {
  it.each([
    { query: '志愿者', expected: '2 服务与保障' },
    { query: '运营阶段', expected: '1 调查概况' },
  ])('search for $query finds $expected', async ({ query, expected }) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(server.url);
    await page.getByRole('searchbox', { name: '搜索报告' }).fill(query);
    await page.waitForFunction((q) => document.getElementById('site-search-status')?.textContent?.includes(`“${q}”`), query);
    const titles = await page.locator('#site-search-results a.search-title').allTextContents();
    expect(titles).toContain(expected);
    expect(titles.every((t) => !t.includes('用户关系管理'))).toBe(true);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    await context.close();
  });

  it('renders its home page and heatmap (screenshots for review)', async () => {
    mkdirSync(screenshotDir, { recursive: true });
    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await expect(page.locator('.highlights li').count()).resolves.toBe(3);
    await page.screenshot({ path: resolve(screenshotDir, 'example-home.png'), fullPage: true });
    await page.goto(`${server.url}indices/`);
    const figure = page.locator('figure#correlation');
    const box = await figure.locator('.heatmap svg').boundingBox();
    expect(box!.width).toBeGreaterThan(150);
    await figure.screenshot({ path: resolve(screenshotDir, 'example-heatmap.png') });
    await context.close();
  });
});
