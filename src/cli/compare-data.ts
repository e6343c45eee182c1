/**
 * `npm run compare-data -- <old> <new> [--json]`: what changed between two
 * response files, for the maintainer who receives a new export: per question
 * the counts and percentages old → new, the change in percentage points and in
 * rank, how many responses were added and removed, and the statements that flip.
 * Exit 0; 2 when a file is invalid. `--json` (with `npm run -s`): stdout is only the JSON.
 */
import { checkChapters, claimDataOf } from '../claims/checkChapters.ts';
import { compareData, type ComparedFile } from '../claims/compare.ts';
import { comparisonLines } from '../claims/compareText.ts';
import { loadReportDataset } from '../report/loadReport.ts';
import { closedQuestions } from '../survey/questionnaire.ts';

/** A file's side of the comparison, or the message saying why it cannot be compared. */
async function side(file: string): Promise<(ComparedFile & { questions: number[] }) | string> {
  const loaded = await loadReportDataset(file);
  if (!loaded.ok) return loaded.message;
  const data = claimDataOf(loaded.dataset);
  return { data, questions: closedQuestions(loaded.dataset.questionnaire), libraries: loaded.dataset.libraries, statements: checkChapters(data) };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (files.length !== 2 || files.some((f) => f.startsWith('--'))) {
    console.error('用法：npm run compare-data -- <旧答卷文件> <新答卷文件> [--json]');
    return 2;
  }
  const [before, after] = await Promise.all(files.map(side));
  const invalid = [before, after].filter((s) => typeof s === 'string');
  if (invalid.length > 0) {
    console.error(`${invalid.join('\n\n')}\n未比较：请先修正数据文件。`);
    return 2;
  }
  const [old, now] = [before, after] as ComparedFile[] & { questions: number[] }[];
  const comparison = compareData(old!, now!, now!.questions);
  console.log(json ? JSON.stringify(comparison, null, 2) : [`旧：${files[0]}`, `新：${files[1]}`, '', ...comparisonLines(comparison)].join('\n'));
  return 0;
}

try {
  process.exitCode = await main();
} catch (e) {
  // A statement written wrongly in a chapter: its message names the file and line.
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 2;
}
