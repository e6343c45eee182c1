/**
 * The work of `npm run build` (scripts/build.ts starts it): checks the report's inputs once (data summary, warnings,
 * statements), builds the site and replaces `dist/` only when everything
 * succeeded. What it prints fits on a screen: the data summary and each data
 * warning, whatever Astro and Vite warn about, then pages, index and time.
 * With `REPORT_ROOT` naming a series folder, it does so for every edition and
 * writes the series site around them.
 */
import { displayPath } from '../src/report/displayPath.ts';
import { distFrom, siteOptionsFrom } from '../src/entry/environment.ts';
import { reportTargetFrom } from '../src/entry/reportTarget.ts';
import type { ReportFolder } from '../src/report/folder.ts';
import type { Series } from '../src/series/series.ts';
import { checkedReport } from '../src/entry/checkedReport.ts';
import { buildSite, type BuildResult } from '../src/entry/buildSite.ts';
import { buildSeries } from '../src/entry/buildSeries.ts';
import { checkedSeries } from '../src/entry/checkedSeries.ts';

const started = performance.now();
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const dist = distFrom(process.env);
const strict = process.argv.includes('--strict');
const options = siteOptionsFrom(process.env);

function fail(message: string): never {
  console.error(`\n${message}\n构建已停止，${displayPath(dist)}/ 保持原样。`);
  process.exit(1);
}

/** Checks every edition of `series`, then builds the series site. */
async function buildOneSeries(series: Series): Promise<BuildResult> {
  // One PDF cannot belong to every edition: `npm run pdf` prints each edition's own.
  if (options.pdf) fail('REPORT_PDF 只用于单份报告；报告系列请用 npm run pdf，它为每一版打印并链接各自的 PDF。');
  const checked = await checkedSeries(series, strict, options.base);
  if (!checked.ok) fail(checked.message);
  return buildSeries(checked.series, checked.reports, options, dist);
}

/** Checks the report, then builds its site. */
async function buildOneReport(folder: ReportFolder): Promise<BuildResult> {
  const checked = await checkedReport(folder, strict);
  if (!checked.ok) fail(checked.message);
  return buildSite(checked.report, options, dist);
}

const target = reportTargetFrom(process.env);
if (target.kind === 'problem') fail(target.message);
const built = target.kind === 'series' ? await buildOneSeries(target.series) : await buildOneReport(target.folder);
if (!built.ok) fail(built.message);
console.log(`网站已写入 ${displayPath(dist)}/：${built.pages} 个页面，搜索索引收录 ${built.indexed} 个，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒。`);
