/** Prints several reports of one built site, each to its PDF, in one Chromium. */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../chromium.ts';
import { printReport } from './printReport.ts';
import type { PrintedReport } from './pdfSite.ts';

/**
 * The PDF of each of `reports` (in order) in the site built in `dist`, published under `base`
 * (at `siteUrl` when given); or the message of what went wrong, naming the report when there are several.
 */
export async function printReports(dist: string, base: string, reports: readonly PrintedReport[], siteUrl: string | undefined): Promise<Buffer[] | string> {
  let browser: Browser | undefined;
  let current: PrintedReport | undefined;
  try {
    browser = await launchChromium();
    const pdfs: Buffer[] = [];
    for (current of reports) pdfs.push(await printReport(browser, dist, base, current.base, siteUrl));
    return pdfs;
  } catch (e) {
    // Playwright's messages go on with a call log; its first line says what failed.
    return `PDF 生成失败${current?.label ? `（${current.label}）` : ''}：${(e as Error).message.split('\n')[0]!}`;
  } finally {
    await browser?.close();
  }
}
