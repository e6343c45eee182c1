/**
 * The report a build starts from: every input read and checked once, the data
 * summary and each data warning printed, and the chapters' statements checked
 * against the data (with `strict`, one that does not hold stops the build).
 */
import { formatProblem } from '../survey/loadDataset.ts';
import { checkChapters } from '../claims/checkChapters.ts';
import { statementLines, summaryLine } from '../claims/format.ts';
import { loadReport } from '../report/loadReport.ts';
import type { DataDescription } from '../report/dataDescription.ts';
import { displayPath } from '../report/displayPath.ts';
import type { ReportFolder } from '../report/folder.ts';
import type { Report } from '../report/report.ts';
import { loadEditionReport, type EditionRef } from '../series/editionReport.ts';

/** What the build says about the description, in one line. */
function descriptionLine(file: string, d: DataDescription | null): string {
  if (!d) return `数据说明：没有 ${file}，网站不说明这份数据是否为合成数据、来自何处。`;
  if (!d.synthetic) return `数据说明 ${file}：真实答卷，${d.source}，收集于 ${d.collected}。`;
  return `数据说明 ${file}：合成数据（代替 ${d.collected}调查），${d.reproducesPublished ? '复现已发布的数字' : '数字只用于演示'}。`;
}

/**
 * The checked report of `folder` (with `edition`, as that edition of its series, beside the earlier editions' data),
 * having printed what a maintainer should read; or the message to stop with.
 */
export async function checkedReport(folder: ReportFolder, strict: boolean, edition?: EditionRef): Promise<{ ok: true; report: Report } | { ok: false; message: string }> {
  const loaded = edition ? await loadEditionReport(edition, folder) : await loadReport(folder);
  if (!loaded.ok) return { ok: false, message: loaded.problem.message };
  const { report } = loaded;
  const { warnings } = report.dataset;
  console.log(`数据文件 ${displayPath(folder.data)}：${report.total} 份有效问卷，${warnings.length ? `${warnings.length} 条提醒：` : '没有提醒。'}`);
  for (const w of warnings) console.log(`  ${formatProblem(w)}`);
  console.log(descriptionLine(displayPath(folder.description), report.description));
  let statements;
  try {
    statements = checkChapters(report);
  } catch (e) {
    // A statement written wrongly: its message names the file and line.
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  const failing = statements.filter((s) => !s.holds);
  console.log(`表述核对：${summaryLine(statements)}`);
  for (const s of failing) console.warn(statementLines(s).map((l) => `  ${l}`).join('\n'));
  if (strict && failing.length > 0) return { ok: false, message: `--strict：${failing.length} 条表述与数据不符（见上），请修改表述或数据。` };
  return { ok: true, report };
}
