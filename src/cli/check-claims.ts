/**
 * `npm run check-claims -- [file] [--json]`: checks every statement of the
 * chapters against a response file. Prints each statement, whether it holds
 * and, when not, what the data say now. Exit 0: all hold; 1: some do not;
 * 2: the file is invalid or a statement is written wrongly.
 * `--json`: stdout is only a JSON array of {file, line, questions, holds, text, now}.
 * With REPORT_ROOT naming a series: every edition (its statements of change beside the earlier editions),
 * or one edition (REPORT_EDITION, or the latest when a file is given).
 */
import { checkChapters } from '../claims/checkChapters.ts';
import { statementLines, summaryLine } from '../claims/format.ts';
import { editionFolder, editionsToCheck, reportTargetFrom, type ReportTarget } from '../entry/reportTarget.ts';
import type { CheckedStatement } from '../claims/checkStatements.ts';
import { displayPath } from '../report/displayPath.ts';
import { reportFolder, type ReportFolder } from '../report/folder.ts';
import { loadReport, type ReportResult } from '../report/loadReport.ts';
import type { Report } from '../report/report.ts';
import { loadEditionReport } from '../series/editionReport.ts';

/** What to check: a folder, and how to read it (as one report, or as an edition beside the earlier ones). */
type Source = { folder: ReportFolder; read: (folder: ReportFolder) => Promise<ReportResult> };

/** The report of `source` with its statements checked, or the exit code after saying why it cannot be read. */
async function checked({ folder, read }: Source): Promise<{ report: Report; file: string; statements: CheckedStatement[] } | number> {
  const file = displayPath(folder.data);
  const result = await read(folder);
  if (result.ok) return { report: result.report, file, statements: checkChapters(result.report) };
  console.error(`${result.problem.message}\n未核对表述：请先修正${result.problem.title.replace('有误', '')}（npm run check-data -- ${file}）。`);
  return 2;
}

/** The sources `REPORT_ROOT` (and a file given) name: one report, or editions of a series, each beside the editions before it (its statements of change need them). */
function sources(target: Exclude<ReportTarget, { kind: 'problem' }>, file: string | undefined): Source[] {
  if (target.kind === 'report') {
    const own = target.folder;
    return [{ folder: file ? reportFolder(own.root, { data: file, nameOrder: own.nameOrder }) : own, read: loadReport }];
  }
  const { series, edition } = target;
  return editionsToCheck(series, edition, file !== undefined).map((index) => ({
    folder: editionFolder(series, index, process.env, file),
    read: (folder) => loadEditionReport({ series, index, seriesBase: '/' }, folder),
  }));
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (files.length > 1 || files.some((f) => f.startsWith('--'))) {
    console.error('用法：npm run check-claims -- [答卷文件] [--json]（默认为报告的 data/responses.csv）');
    return 2;
  }
  const target = reportTargetFrom(process.env);
  if (target.kind === 'problem') {
    console.error(target.message);
    return 2;
  }
  const all = [];
  for (const source of sources(target, files[0])) {
    const one = await checked(source);
    if (typeof one === 'number') return one;
    all.push(one);
  }
  if (json) {
    console.log(JSON.stringify(all.flatMap((c) => c.statements).map(({ file, line, questions, holds, text, now }) => ({ file, line, questions, holds, text, now })), null, 2));
  } else {
    for (const { report, file, statements } of all) {
      if (report.edition) console.log(`—— ${report.edition.editions.at(-1)!.label}`);
      console.log(`文件：${file}（${report.total} 份有效问卷）\n`);
      for (const s of statements) console.log(statementLines(s).join('\n'));
      console.log(`\n${summaryLine(statements)}${all.length > 1 ? '\n' : ''}`);
    }
  }
  return all.every((c) => c.statements.every((s) => s.holds)) ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (e) {
  // A statement written wrongly in a chapter: its message names the file and line.
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 2;
}
