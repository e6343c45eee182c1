/**
 * `npm run compare-data -- <old> <new> [--json]`: what changed between two
 * response files, for the maintainer who receives a new export: per question
 * the counts and percentages old → new, the change in percentage points and in
 * rank, how many responses were added and removed, and the statements that flip.
 * `npm run compare-data -- <edition folder> <later edition folder> [--json]`:
 * two editions of a series compared through the links of `series.json`.
 * Exit 0; 2 when a file or folder is wrong. `--json` (with `npm run -s`): stdout is only the JSON.
 */
import { statSync } from 'node:fs';
import { checkChapters } from '../claims/checkChapters.ts';
import { compareData, type ComparedFile } from '../claims/compare.ts';
import { comparisonLines } from '../claims/compareText.ts';
import { claimData } from '../claims/data.ts';
import { reportFolderFrom } from '../entry/environment.ts';
import { reportFolder, type ReportFolder } from '../report/folder.ts';
import { loadReport } from '../report/loadReport.ts';
import { compareEditions } from '../series/editionComparison.ts';
import { editionComparisonLines } from '../series/editionComparisonText.ts';
import { editionPair } from '../series/editionPair.ts';

type Side = ComparedFile & { questions: readonly number[] };

/** A file's side of the comparison (the report folder read with that response file), or the message saying why it cannot be compared. */
async function side(own: ReportFolder, file: string): Promise<Side | string> {
  const loaded = await loadReport(reportFolder(own.root, { data: file, nameOrder: own.nameOrder }));
  if (!loaded.ok) return loaded.problem.message;
  const { report } = loaded;
  return { data: claimData(report), questions: report.closedQuestions, names: report.dataset.names, statements: checkChapters(report) };
}

/** Two response files of the report in `REPORT_ROOT`. */
async function compareFiles(files: readonly string[], json: boolean): Promise<number> {
  const own = reportFolderFrom(process.env);
  const [before, after] = await Promise.all(files.map((f) => side(own, f)));
  const invalid = [before, after].filter((s) => typeof s === 'string');
  if (invalid.length > 0) {
    console.error(`${invalid.join('\n\n')}\n未比较：请先修正数据文件。`);
    return 2;
  }
  const [old, now] = [before, after] as Side[];
  const comparison = compareData(old!, now!, now!.questions);
  console.log(json ? JSON.stringify(comparison, null, 2) : [`旧：${files[0]}`, `新：${files[1]}`, '', ...comparisonLines(comparison)].join('\n'));
  return 0;
}

/** Two edition folders of one series. */
async function compareEditionFolders([earlier, later]: readonly string[], json: boolean): Promise<number> {
  const pair = await editionPair(earlier!, later!);
  if (!pair.ok) {
    console.error(`${pair.message}\n未比较。`);
    return 2;
  }
  const comparison = compareEditions(pair.context, pair.from);
  console.log(json ? JSON.stringify(comparison, null, 2) : editionComparisonLines(comparison).join('\n'));
  return 0;
}

const isFolder = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const json = args.includes('--json');
  const paths = args.filter((a) => a !== '--json');
  if (paths.length !== 2 || paths.some((f) => f.startsWith('--'))) {
    console.error('用法：npm run compare-data -- <旧答卷文件> <新答卷文件> [--json]\n　或：npm run compare-data -- <系列中较早一版的文件夹> <较晚一版的文件夹> [--json]');
    return 2;
  }
  const folders = paths.filter(isFolder).length;
  if (folders === 2) return compareEditionFolders(paths, json);
  if (folders === 1) {
    console.error(`${paths.find(isFolder)} 是文件夹，${paths.find((p) => !isFolder(p))} 不是：请给两个答卷文件，或同一系列的两个版本文件夹。`);
    return 2;
  }
  return compareFiles(paths, json);
}

try {
  process.exitCode = await main();
} catch (e) {
  // A statement written wrongly in a chapter: its message names the file and line.
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 2;
}
