/**
 * Prints the built 全文 page to a PDF in Chromium: the site's files come
 * straight from the build folder (no server), the PDF font and stylesheet are
 * added to this page only, and the contents get their page numbers from a first
 * print, read back, then the final print, checked against them.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { fontFaceCss, fontFile } from './fonts.ts';
import { chapterPageCss, type ChapterHead } from './pageStyles.ts';
import { destinationPages } from './destinationPages.ts';

/** An origin no request leaves the browser for: every URL under it is answered from the build folder. */
const origin = 'http://report.invalid';
const fontPrefix = '/__pdf-font/';
const pdfStylesheet = resolve('src/styles/pdf.css');
/** The contents settle in two prints; more means a page number moved what it numbers. */
const maxPrints = 4;

/** The file of the build folder that a URL path under `base` names (a folder's index.html), or undefined. */
function builtFile(dist: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const path = join(dist, pathname.slice(base.length));
  if (existsSync(path) && statSync(path).isDirectory()) return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
  return existsSync(path) ? path : undefined;
}

/**
 * Writes each contents entry's page number (`.toc-page`), adding the element on
 * first use; returns the fragments the entries link to, as the URL has them
 * (percent-encoded), which is how Chromium names the PDF's destinations.
 */
function numberContents(page: Page, numbers: Record<string, string>): Promise<string[]> {
  return page.evaluate((numbers) => {
    const ids: string[] = [];
    for (const a of document.querySelectorAll<HTMLAnchorElement>('.full-toc a[href^="#"]')) {
      const id = a.hash.slice(1);
      const span = a.querySelector('.toc-page') ?? a.appendChild(Object.assign(document.createElement('span'), { className: 'toc-page' }));
      span.textContent = numbers[id] ?? '00';
      ids.push(id);
    }
    return ids;
  }, numbers);
}

/**
 * Links to the site's other pages and files (the CSV downloads, the data notes)
 * would lead out of the PDF to this page's private origin: point them at the
 * published site (`siteUrl`), or, with none, leave their text unlinked.
 * Links within the page stay: they become the PDF's internal links.
 */
function linkToPublishedSite(page: Page, siteUrl: string | undefined): Promise<void> {
  return page.evaluate((siteUrl) => {
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      if (a.origin !== location.origin || (a.pathname === location.pathname && a.hash)) continue;
      if (siteUrl) a.href = new URL(`${a.pathname}${a.search}${a.hash}`, siteUrl).href;
      else a.removeAttribute('href');
    }
  }, siteUrl);
}

/**
 * The 全文 page of the report published under `reportBase` (the site's `base`
 * for a one-report site, an edition's folder in a series) in the site built in
 * `dist` (published under `base`, at `siteUrl` when given) as an A4 PDF with
 * bookmarks, tags, and numbered contents. The whole site is served, not the
 * report's folder alone: an edition's pages also load the series' files.
 */
export async function printReport(browser: Browser, dist: string, base: string, reportBase: string, siteUrl?: string): Promise<Buffer> {
  const context = await browser.newContext({ locale: 'zh-CN', colorScheme: 'light' });
  const missing: string[] = [];
  await context.route(`${origin}/**`, (route) => {
    const pathname = decodeURIComponent(new URL(route.request().url()).pathname);
    const file = pathname.startsWith(fontPrefix) ? fontFile(pathname.slice(fontPrefix.length)) : builtFile(dist, base, pathname);
    if (!file) missing.push(pathname);
    return file ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
  });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}${reportBase}full/`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const chapters = await page.$$eval('article.chapter', (articles) =>
      articles.map((a): ChapterHead => ({ id: a.id, title: a.querySelector('.chapter-title')?.textContent?.trim() ?? '' })),
    );
    if (chapters.length === 0) throw new Error(`${join(dist, reportBase.slice(base.length), 'full/index.html')} 中没有章节（article.chapter）：请先 npm run build`);
    await page.addStyleTag({ content: fontFaceCss(fontPrefix) });
    await page.addStyleTag({ path: pdfStylesheet });
    await page.addStyleTag({ content: chapterPageCss(chapters) });
    await linkToPublishedSite(page, siteUrl);

    let numbers: Record<string, string> = {};
    for (let print = 1; print <= maxPrints; print++) {
      const ids = await numberContents(page, numbers);
      // Layout asks for the unicode-range subsets it needs; wait until every one has arrived.
      await page.evaluate(async () => {
        document.body.getBoundingClientRect();
        await document.fonts.ready;
      });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
      const landed = await destinationPages(pdf, ids);
      const unlinked = ids.filter((id) => !landed.has(id));
      if (unlinked.length) throw new Error(`目录中的链接在 PDF 中没有目标：${unlinked.map((id) => `#${decodeURIComponent(id)}`).join('、')}`);
      if (ids.every((id) => numbers[id] === String(landed.get(id)))) {
        if (missing.length) throw new Error(`打印全文时有文件缺失：${[...new Set(missing)].join('、')}`);
        return pdf;
      }
      numbers = Object.fromEntries([...landed].map(([id, n]) => [id, String(n)]));
    }
    throw new Error(`目录页码打印 ${maxPrints} 次仍未稳定`);
  } finally {
    await context.close();
  }
}
