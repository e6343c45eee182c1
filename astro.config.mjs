// @ts-check
// The entry point of `astro dev`, `astro check` and `astro preview`: the report folder (or the edition of a series
// folder that REPORT_EDITION names, the latest by default) and the site options come from the environment here,
// once; `npm run build` makes the same configuration in scripts/buildReport.ts.
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/astro/siteConfig.ts';
import { siteOptionsFrom } from './src/entry/environment.ts';
import { editionFolder, reportTargetFrom } from './src/entry/reportTarget.ts';
import { liveReport } from './src/report/liveReport.ts';
import { liveEdition } from './src/series/liveEdition.ts';

const target = reportTargetFrom(process.env);
if (target.kind === 'problem') {
  // A series.json that does not check out: its problems, each with its place, and no stack trace.
  console.error(`${target.message}\n未启动：请先修正上面的问题。`);
  process.exit(1);
}
const options = siteOptionsFrom(process.env);
const index = target.kind === 'series' ? (target.edition ?? target.series.editions.length - 1) : 0;
const folder = target.kind === 'series' ? editionFolder(target.series, index, process.env) : target.folder;
const live = liveReport(folder);
const getReport = target.kind === 'series' ? liveEdition(live, { series: target.series, index, seriesBase: options.base }) : live;

export default defineConfig(siteConfig({ folder, getReport, options }));
