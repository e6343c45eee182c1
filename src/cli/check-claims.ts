/**
 * `npm run check-claims -- [file] [--json]`: checks every statement of the
 * chapters against a response file. Prints each statement, whether it holds
 * and, when not, what the data say now. Exit 0: all hold; 1: some do not;
 * 2: the file is invalid or a statement is written wrongly.
 * `--json`: stdout is only a JSON array of {file, line, questions, holds, text, now}.
 */
import { checkChapters } from '../claims/checkChapters.ts';
import { statementLines, summaryLine } from '../claims/format.ts';
import { reportFolderFrom } from '../entry/environment.ts';
import { displayPath } from '../report/displayPath.ts';
import { reportFolder } from '../report/folder.ts';
import { loadReport } from '../report/loadReport.ts';

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (files.length > 1 || files.some((f) => f.startsWith('--'))) {
    console.error('用法：npm run check-claims -- [答卷文件] [--json]（默认为报告的 data/responses.csv）');
    return 2;
  }
  const own = reportFolderFrom(process.env);
  const folder = files[0] ? reportFolder(own.root, { data: files[0], nameOrder: own.nameOrder }) : own;
  const file = displayPath(folder.data);
  const loaded = await loadReport(folder);
  if (!loaded.ok) {
    console.error(`${loaded.problem.message}\n未核对表述：请先修正${loaded.problem.title.replace('有误', '')}（npm run check-data -- ${file}）。`);
    return 2;
  }
  const statements = checkChapters(loaded.report);
  if (json) {
    console.log(JSON.stringify(statements.map(({ file, line, questions, holds, text, now }) => ({ file, line, questions, holds, text, now })), null, 2));
  } else {
    console.log(`文件：${file}（${loaded.report.total} 份有效问卷）\n`);
    for (const s of statements) console.log(statementLines(s).join('\n'));
    console.log(`\n${summaryLine(statements)}`);
  }
  return statements.every((s) => s.holds) ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (e) {
  // A statement written wrongly in a chapter: its message names the file and line.
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 2;
}
