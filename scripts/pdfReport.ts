/**
 * The work of `npm run pdf` (scripts/pdf.ts starts it): the report as one PDF in the site. Builds the site, prints its
 * 全文 page in Debian's Chromium (scripts/pdf/printReport.ts), then builds again
 * with that PDF (the report is read and checked once for both builds), so the site ships it under the name the report's
 * metadata gives and links it, with its size, from the 全文 page and the home page.
 * Same environment as `npm run build` (REPORT_DIST, BASE_PATH, SITE_URL, REPORT_DATA, …);
 * with SITE_URL the PDF links the site's downloads there.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { chromiumPath, hasChromium, launchChromium } from './chromium.ts';
import { printReport } from './pdf/printReport.ts';
import { pageCount } from './pdf/destinationPages.ts';
import { formatFileSize, pdfFileName } from '../src/publish/pdfDownload.ts';
import { displayPath } from '../src/report/displayPath.ts';
import { distFrom, reportFolderFrom, siteOptionsFrom } from '../src/entry/environment.ts';
import { checkedReport } from '../src/entry/checkedReport.ts';
import { buildSite } from '../src/entry/buildSite.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!hasChromium()) fail(`未找到 Chromium（${chromiumPath()}），无法生成 PDF：请安装 Debian 的 chromium（apt-get install chromium），或用 CHROMIUM_PATH 指定其位置。`);

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const dist = distFrom(process.env);
const options = siteOptionsFrom(process.env);

/** Prints the built 全文 page to a PDF in a fresh Chromium; the message of what went wrong otherwise. */
async function print(): Promise<Buffer | string> {
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    return await printReport(browser, dist, options.base, process.env.SITE_URL || undefined);
  } catch (e) {
    return (e as Error).message.split('\n')[0]!;
  } finally {
    await browser?.close();
  }
}

const checked = await checkedReport(reportFolderFrom(process.env), process.argv.includes('--strict'));
if (!checked.ok) fail(`${checked.message}\n构建失败，未生成 PDF。`);
const { report } = checked;
const first = await buildSite(report, { ...options, pdf: undefined }, dist);
if (!first.ok) fail(`${first.message}\n构建失败，未生成 PDF。`);
const pdf = await print();
if (typeof pdf === 'string') fail(`PDF 生成失败：${pdf}`);
const folder = mkdtempSync(join(tmpdir(), 'report-pdf-'));
const name = pdfFileName(report.meta);
const file = join(folder, name);
writeFileSync(file, pdf);
const rebuilt = await buildSite(report, { ...options, pdf: file }, dist);
rmSync(folder, { recursive: true, force: true });
if (!rebuilt.ok) fail(`${rebuilt.message}\n构建失败，未生成 PDF。`);
console.log(`PDF：${displayPath(join(dist, name))}（${await pageCount(pdf)} 页，${formatFileSize(pdf.length)}），已链接到首页与全文页。`);
