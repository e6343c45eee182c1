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
import { editionFolder, reportTargetFrom } from '../entry/reportTarget.ts';
import { displayPath } from '../report/displayPath.ts';
import { reportFolder, type ReportFolder } from '../report/folder.ts';
import { loadReport, type ReportResult } from '../report/loadReport.ts';
import type { Report } from '../report/report.ts';
import { loadEditionReport } from '../series/editionReport.ts';

/** A report read for checking, or the exit code after saying why it cannot be. */
type Loaded = { report: Report; file: string } | number;

async function loaded(folder: ReportFolder, read: (folder: ReportFolder) => Promise<ReportResult>): Promise<Loaded> {
  const file = displayPath(folder.data);
  const result = await read(folder);
  if (result.ok) return { report: result.report, file };
  console.error(`${result.problem.message}\n未核对表述：请先修正${result.problem.title.replace('有误', '')}（npm run check-data -- ${file}）。`);
  return 2;
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
  let reports: Loaded[];
  if (target.kind === 'report') {
    const own = target.folder;
    reports = [await loaded(files[0] ? reportFolder(own.root, { data: files[0], nameOrder: own.nameOrder }) : own, loadReport)];
  } else {
    // A series: each edition beside the editions before it (its statements of change need them); a file given (or REPORT_EDITION) replaces one edition's, the latest by default.
    const { series, edition } = target;
    const editions = files[0] || edition !== undefined ? [edition ?? series.editions.length - 1] : series.editions.map((_, i) => i);
    reports = [];
    for (const index of editions) {
      const ref = { series, index, seriesBase: '/' };
      reports.push(await loaded(editionFolder(series, index, process.env, files[0]), (folder) => loadEditionReport(ref, folder)));
    }
  }
  const failed = reports.find((r) => typeof r === 'number');
  if (failed !== undefined) return failed as number;
  const checked = (reports as Exclude<Loaded, number>[]).map(({ report, file }) => ({ report, file, statements: checkChapters(report) }));
  if (json) {
    const all = checked.flatMap((c) => c.statements);
    console.log(JSON.stringify(all.map(({ file, line, questions, holds, text, now }) => ({ file, line, questions, holds, text, now })), null, 2));
  } else {
    for (const { report, file, statements } of checked) {
      if (report.edition) console.log(`—— ${report.edition.editions.at(-1)!.label}`);
      console.log(`文件：${file}（${report.total} 份有效问卷）\n`);
      for (const s of statements) console.log(statementLines(s).join('\n'));
      console.log(`\n${summaryLine(statements)}${checked.length > 1 ? '\n' : ''}`);
    }
  }
  return checked.every((c) => c.statements.every((s) => s.holds)) ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (e) {
  // A statement written wrongly in a chapter: its message names the file and line.
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 2;
}
