/**
 * The work of `npm run check-data -- [file]` (src/cli/check-data.ts starts it): checks a response file against the contract
 * and prints, in Chinese, either a summary (exit 0) or every problem (exit 1).
 * Default file: the report's response file (REPORT_ROOT, REPORT_DATA). With REPORT_ROOT naming a series:
 * every edition's own file, or a file given (or REPORT_EDITION) against one edition's questionnaire,
 * the latest by default. Never prints a stack trace.
 */
import { answeredCount } from '../survey/analysis/answeredCount.ts';
import { formatProblem, loadDataset } from '../survey/loadDataset.ts';
import { formatQuestionnaireProblems, loadQuestionnaire } from '../survey/loadQuestionnaire.ts';
import type { Dataset, Problem } from '../survey/types.ts';
import { editionFolder, editionHeading, editionsToCheck, reportTargetFrom } from '../entry/reportTarget.ts';
import { displayPath } from '../report/displayPath.ts';
import type { ReportFolder } from '../report/folder.ts';

const SHORT_TEXT_LENGTH = 24;

/** A question's text cut to a line's worth, trailing `：`/`？` dropped. */
function shortText(text: string): string {
  const t = text.replace(/[：:？?]$/, '');
  return t.length > SHORT_TEXT_LENGTH ? `${t.slice(0, SHORT_TEXT_LENGTH)}…` : t;
}

/** The summary of a valid file: responses, set-aside submissions, answers per question, warnings. */
function summary(dataset: Dataset): string {
  const total = dataset.size;
  const lines = [`文件：${dataset.file}`, `有效答卷：${total} 份`, `因同一单位重复提交而未计入：${dataset.setAside} 份`, '', '各题作答数（有效答卷中）：'];
  for (const q of dataset.questionnaire.questions) {
    const answered = answeredCount(dataset, q.number);
    lines.push(`  题${String(q.number).padStart(2, ' ')}  ${String(answered).padStart(String(total).length, ' ')} / ${total}  ${shortText(q.text)}`);
  }
  lines.push('');
  if (dataset.warnings.length === 0) lines.push('没有警告。');
  else {
    lines.push(`警告 ${dataset.warnings.length} 条（不妨碍生成网站，但请核对）：`);
    for (const w of dataset.warnings) lines.push(`  ${formatProblem(w)}`);
  }
  lines.push('', '检查通过：可以用这个文件生成网站。');
  return lines.join('\n');
}

/** Every problem of an invalid file, errors first, each group by line. */
function problemReport(file: string, errors: readonly Problem[], warnings: readonly Problem[]): string {
  const lines = [`文件：${file}`, '', `错误 ${errors.length} 个：`];
  for (const e of errors) lines.push(`  ${formatProblem(e)}`);
  if (warnings.length > 0) {
    lines.push('', `警告 ${warnings.length} 条：`);
    for (const w of warnings) lines.push(`  ${formatProblem(w)}`);
  }
  lines.push('', `检查未通过：${errors.length} 个错误，${warnings.length} 条警告。请修正错误后重新检查；在修正之前不会生成网站。`);
  return lines.join('\n');
}

/** Checks `file` (default: the folder's own response file) against the folder's questionnaire; prints the summary or every problem; the exit code. */
async function checkFolder(folder: ReportFolder, file = displayPath(folder.data)): Promise<number> {
  const questionnaire = loadQuestionnaire(displayPath(folder.questionnaire));
  if (!questionnaire.ok) {
    console.error(`检查未通过：${formatQuestionnaireProblems(questionnaire.problems)}`);
    return 1;
  }
  const result = await loadDataset(file, questionnaire.questionnaire);
  if (result.ok) {
    console.log(summary(result.dataset));
    return 0;
  }
  if (result.errors.length === 1 && result.errors[0]!.line === undefined && result.warnings.length === 0) {
    // A file that cannot be read at all: one line says it.
    console.error(`检查未通过：${formatProblem(result.errors[0]!)}`);
    return 1;
  }
  console.error(problemReport(file, result.errors, result.warnings));
  return 1;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.length > 1) {
    console.error(`用法：npm run check-data -- [答卷文件]（只能给一个文件，默认为报告的 data/responses.csv）`);
    return 2;
  }
  const target = reportTargetFrom(process.env);
  if (target.kind === 'problem') {
    console.error(`检查未通过：${target.message}`);
    return 1;
  }
  if (target.kind === 'report') return checkFolder(target.folder, args[0]);
  // A series: a file given (or REPORT_EDITION) is checked against one edition's questionnaire, the latest by default; otherwise every edition's own file.
  const { series, edition } = target;
  const editions = editionsToCheck(series, edition, args[0] !== undefined);
  let code = 0;
  for (const i of editions) {
    console.log(editionHeading(series, i));
    code = Math.max(code, await checkFolder(editionFolder(series, i, process.env), args[0]));
    console.log('');
  }
  return code;
}

try {
  process.exitCode = await main();
} catch (e) {
  console.error(`check-data 内部错误：${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
}
