/**
 * `npm run pdf`: the report as one PDF in the site. Builds the site, prints its
 * 全文 page in Debian's Chromium (scripts/pdf/printReport.ts), then builds again
 * with that PDF (`REPORT_PDF`), so the site ships it under the name the report's
 * metadata gives and links it, with its size, from the 全文 page and the home page.
 * Same environment as `npm run build` (REPORT_DIST, BASE_PATH, SITE_URL, REPORT_DATA, …);
 * with SITE_URL the PDF links the site's downloads there.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { chromiumPath, hasChromium, launchChromium } from './chromium.ts';
import { printReport } from './pdf/printReport.ts';
import { pageCount } from './pdf/destinationPages.ts';
import { formatFileSize, pdfFileName } from '../src/publish/pdfDownload.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!hasChromium()) fail(`未找到 Chromium（${chromiumPath()}），无法生成 PDF：请安装 Debian 的 chromium（apt-get install chromium），或用 CHROMIUM_PATH 指定其位置。`);

const dist = resolve(process.env.REPORT_DIST || 'dist');
// The base path as astro.config.mjs takes it from BASE_PATH, with one slash at each end.
const basePath = (process.env.BASE_PATH || '').replace(/^\/+|\/+$/g, '');
const base = basePath ? `/${basePath}/` : '/';

/** Runs `npm run build` with this environment and `extra`, its output shown unless `quiet` (then only when it fails); whether it succeeded. */
function build(extra: Record<string, string>, quiet: boolean): boolean {
  const run = spawnSync(process.execPath, [resolve('scripts/build.ts')], {
    env: { ...process.env, ...extra },
    stdio: quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
  });
  if (run.status !== 0 && quiet) console.error(`${run.stdout}${run.stderr}`);
  return run.status === 0;
}

/** Prints the built 全文 page to a PDF in a fresh Chromium; the message of what went wrong otherwise. */
async function print(): Promise<Buffer | string> {
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    return await printReport(browser, dist, base, process.env.SITE_URL || undefined);
  } catch (e) {
    return (e as Error).message.split('\n')[0]!;
  } finally {
    await browser?.close();
  }
}

if (!build({ REPORT_PDF: '' }, false)) fail('构建失败，未生成 PDF。');
const pdf = await print();
if (typeof pdf === 'string') fail(`PDF 生成失败：${pdf}`);
const folder = mkdtempSync(join(tmpdir(), 'report-pdf-'));
const file = join(folder, pdfFileName());
writeFileSync(file, pdf);
const rebuilt = build({ REPORT_PDF: file }, true);
rmSync(folder, { recursive: true, force: true });
if (!rebuilt) fail('构建失败，未生成 PDF。');
console.log(`PDF：${relative(process.cwd(), join(dist, pdfFileName()))}（${await pageCount(pdf)} 页，${formatFileSize(pdf.length)}），已链接到首页与全文页。`);
