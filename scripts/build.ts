/**
 * `npm run build`: checks the report's inputs once (data summary, warnings,
 * statements), builds the site and replaces `dist/` only when everything
 * succeeded. What it prints fits on a screen: the data summary and each data
 * warning, whatever Astro and Vite warn about, then pages, index and time.
 */
import { displayPath } from '../src/report/displayPath.ts';
import { distFrom, reportFolderFrom, siteOptionsFrom } from '../src/entry/environment.ts';
import { checkedReport } from '../src/entry/checkedReport.ts';
import { buildSite } from '../src/entry/buildSite.ts';

const started = performance.now();
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const dist = distFrom(process.env);

function fail(message: string): never {
  console.error(`\n${message}\n构建已停止，${displayPath(dist)}/ 保持原样。`);
  process.exit(1);
}

const checked = await checkedReport(reportFolderFrom(process.env), process.argv.includes('--strict'));
if (!checked.ok) fail(checked.message);
const built = await buildSite(checked.report, siteOptionsFrom(process.env), dist);
if (!built.ok) fail(built.message);
console.log(`网站已写入 ${displayPath(dist)}/：${built.pages} 个页面，搜索索引收录 ${built.indexed} 个，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒。`);
