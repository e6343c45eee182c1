/**
 * `npm run build`: checks the response file and its description, builds the
 * site into a scratch folder, indexes it for search, and only then replaces
 * `dist/`. A bad file or a failed build leaves the previous `dist/` exactly as
 * it was. What it prints fits on a screen: the data summary and each data
 * warning, whatever Astro and Vite warn about, then pages, index and time.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { formatProblem } from '../src/survey/loadDataset.ts';
import { loadReportDataset } from '../src/report/loadReport.ts';
import { reportDataPath } from '../src/report/folder.ts';
import { readDataDescription, type DataDescription } from '../src/report/dataDescription.ts';
import { findComponentPropError } from '../src/props/componentError.ts';
import { checkBuildStatements } from '../src/claims/buildCheck.ts';

const started = performance.now();
/** Where the finished site goes: `REPORT_DIST`, or `dist/`. */
const dist = resolve(process.env.REPORT_DIST || 'dist');
// Beside the destination, so the final swap is a rename on one file system.
const scratch = `${dist}.build-${process.pid}`;
const shown = (path: string) => relative(process.cwd(), path) || path;

function fail(message: string): never {
  rmSync(scratch, { recursive: true, force: true });
  console.error(`\n${message}\n构建已停止，${shown(dist)}/ 保持原样。`);
  process.exit(1);
}

/** What the build says about the description, in one line. */
function descriptionLine(file: string, d: DataDescription | null): string {
  if (!d) return `数据说明：没有 ${file}，网站不说明这份数据是否为合成数据、来自何处。`;
  if (!d.synthetic) return `数据说明 ${file}：真实答卷，${d.source}，收集于 ${d.collected}。`;
  return `数据说明 ${file}：合成数据（代替 ${d.collected}调查），${d.reproducesPublished ? '复现' : '不复现'}已发布的数字。`;
}

/** How many HTML pages are in `dir`. */
function htmlPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

const dataFile = reportDataPath();
const loaded = await loadReportDataset(shown(dataFile));
if (!loaded.ok) fail(loaded.message);
const { warnings } = loaded.dataset;
console.log(`数据文件 ${shown(dataFile)}：${loaded.dataset.size} 份有效问卷，${warnings.length ? `${warnings.length} 条提醒：` : '没有提醒。'}`);
for (const w of warnings) console.log(`  ${formatProblem(w)}`);
const described = readDataDescription(dataFile);
if (!described.ok) fail(`数据说明文件 ${described.file} 有 ${described.errors.length} 处错误：\n${described.errors.map((e) => `  ${e}`).join('\n')}`);
console.log(descriptionLine(described.file, described.description));
const statements = await checkBuildStatements(loaded.dataset, process.argv.includes('--strict'));
if (statements.stop) fail(statements.stop);

process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.REPORT_OUT_DIR = scratch;
const { build } = await import('astro');
try {
  // Astro's own progress lines (each route, each phase) are noise here; its warnings and errors still print.
  await build({ logLevel: 'warn', logger: { entrypoint: resolve('scripts/buildLog.ts') } });
} catch (e) {
  const propError = findComponentPropError(e);
  fail(propError ? propError.message : `Astro 构建失败：${e instanceof Error ? e.message : String(e)}`);
}
const pages = htmlPages(scratch);

const { index, errors } = await pagefind.createIndex({});
if (!index) fail(`搜索索引创建失败：${errors.join('; ')}`);
const added = await index.addDirectory({ path: scratch });
if (added.errors.length) fail(`搜索索引失败：${added.errors.join('; ')}`);
await index.writeFiles({ outputPath: resolve(scratch, 'pagefind') });
await pagefind.close();

const old = `${dist}.old-${process.pid}`;
if (existsSync(dist)) renameSync(dist, old);
renameSync(scratch, dist);
rmSync(old, { recursive: true, force: true });
console.log(`网站已写入 ${shown(dist)}/：${pages} 个页面，搜索索引收录 ${added.page_count} 个，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒。`);
