/**
 * The work of `npm run pdf` (scripts/pdf.ts starts it): the report as one PDF in the site. Builds the site into a draft
 * folder, prints its 全文 page in Debian's Chromium (scripts/pdf/printReport.ts),
 * then builds again with that PDF (the report is read and checked once for both
 * builds), so the site ships it under the name the report's metadata gives and
 * links it, with its size, from the 全文 page and the home page. With
 * `REPORT_ROOT` naming a series folder, every edition gets its own PDF, in its
 * own folder, linked from its own pages.
 * Same environment as `npm run build` (REPORT_DIST, BASE_PATH, SITE_URL, REPORT_DATA, …);
 * with SITE_URL the PDF links the site's downloads there.
 */
import { chromiumPath, hasChromium } from './chromium.ts';
import { buildWithPdfs } from './pdf/buildWithPdfs.ts';
import { reportPdfSite, seriesPdfSite, type PdfSite } from './pdf/pdfSite.ts';
import { formatFileSize } from '../src/publish/pdfDownload.ts';
import { displayPath } from '../src/report/displayPath.ts';
import { distFrom, siteOptionsFrom } from '../src/entry/environment.ts';
import { reportTargetFrom } from '../src/entry/reportTarget.ts';
import { checkedReport } from '../src/entry/checkedReport.ts';
import { checkedSeries } from '../src/entry/checkedSeries.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!hasChromium()) fail(`未找到 Chromium（${chromiumPath()}），无法生成 PDF：请安装 Debian 的 chromium（apt-get install chromium），或用 CHROMIUM_PATH 指定其位置。`);

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const dist = distFrom(process.env);
const options = siteOptionsFrom(process.env);
const strict = process.argv.includes('--strict');
/** Said after every failure past this point: nothing was written to dist. */
const untouched = `未生成 PDF，${displayPath(dist)}/ 保持原样。`;

/** The site to print: the series `REPORT_ROOT` names, every edition checked, or the one report there. */
async function pdfSite(): Promise<PdfSite> {
  const target = reportTargetFrom(process.env);
  if (target.kind === 'problem') fail(`${target.message}\n${untouched}`);
  if (target.kind === 'series') {
    const checked = await checkedSeries(target.series, strict, options.base);
    if (!checked.ok) fail(`${checked.message}\n${untouched}`);
    return seriesPdfSite(checked.series, checked.reports, options);
  }
  const checked = await checkedReport(target.folder, strict);
  if (!checked.ok) fail(`${checked.message}\n${untouched}`);
  return reportPdfSite(checked.report, options);
}

const built = await buildWithPdfs(await pdfSite(), dist, process.env.SITE_URL || undefined);
if (!built.ok) fail(`${built.message}\n${untouched}`);
for (const pdf of built.pdfs) {
  console.log(`PDF：${displayPath(pdf.path)}（${pdf.pages} 页，${formatFileSize(pdf.bytes)}），已链接到${pdf.label ? `${pdf.label}的` : ''}首页与全文页。`);
}
