/**
 * `npm run build`: checks the response file, builds the site into a scratch
 * folder, indexes it for search, and only then replaces `dist/`. A bad file
 * or a failed build leaves the previous `dist/` exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { formatProblems, loadDataset } from '../src/survey/loadDataset.ts';
import { formatQuestionnaireProblems, loadQuestionnaire } from '../src/survey/loadQuestionnaire.ts';
import { questionnairePath, reportDataPath } from '../src/site/paths.ts';

/** Where the finished site goes: `REPORT_DIST`, or `dist/`. */
const dist = resolve(process.env.REPORT_DIST || 'dist');
// Beside the destination, so the final swap is a rename on one file system.
const scratch = `${dist}.build-${process.pid}`;

function fail(message: string): never {
  rmSync(scratch, { recursive: true, force: true });
  console.error(`\n${message}\n构建已停止，${relative(process.cwd(), dist) || dist}/ 保持原样。`);
  process.exit(1);
}

const questionnaire = loadQuestionnaire(questionnairePath());
if (!questionnaire.ok) fail(formatQuestionnaireProblems(questionnaire.problems));
const dataFile = reportDataPath();
const loaded = await loadDataset(dataFile, questionnaire.questionnaire);
if (!loaded.ok) fail(`数据文件 ${relative(process.cwd(), dataFile)} 有 ${loaded.errors.length} 处错误：\n${formatProblems(loaded.errors)}`);
console.log(`数据文件 ${relative(process.cwd(), dataFile)}：${loaded.dataset.size} 份有效问卷，${loaded.dataset.warnings.length} 条提醒。`);

const astro = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
  stdio: 'inherit',
  env: { ...process.env, REPORT_OUT_DIR: scratch, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) fail('Astro 构建失败（见上方信息）。');

const { index, errors } = await pagefind.createIndex({});
if (!index) fail(`搜索索引创建失败：${errors.join('; ')}`);
const added = await index.addDirectory({ path: scratch });
if (added.errors.length) fail(`搜索索引失败：${added.errors.join('; ')}`);
await index.writeFiles({ outputPath: resolve(scratch, 'pagefind') });
await pagefind.close();
console.log(`搜索索引：${added.page_count} 个页面。`);

const old = `${dist}.old-${process.pid}`;
if (existsSync(dist)) renameSync(dist, old);
renameSync(scratch, dist);
rmSync(old, { recursive: true, force: true });
console.log(`网站已写入 ${relative(process.cwd(), dist)}/。`);
