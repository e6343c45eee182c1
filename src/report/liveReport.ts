/**
 * The report as `astro dev` needs it: read again whenever one of its files
 * changes, the data files and the content files apart (an edit to a chapter
 * does not validate the response file again). A file that does not check out
 * throws, with `name` and `loc` so the dev overlay titles it and shows the
 * file at the first problem; the next good save recovers.
 */
import { chapterFiles } from '../outline/outline.ts';
import type { ReportFolder } from './folder.ts';
import { isProblem, loadReportContent, loadReportData, type InputProblem } from './loadReport.ts';
import { memoOnFiles } from './memoOnFiles.ts';
import type { Report } from './report.ts';

/** `problem` as an error the dev overlay titles with its name and opens at its file and line. */
export function overlayError(problem: InputProblem): Error {
  return Object.assign(new Error(problem.message), { name: problem.title, loc: { file: problem.file, line: problem.line ?? 1, column: 1 } });
}

/** A function giving the report of `folder` as its files are now. */
export function liveReport(folder: ReportFolder): () => Promise<Report> {
  const data = memoOnFiles(() => [folder.questionnaire, folder.data, folder.description, folder.nameOrder], () => loadReportData(folder));
  const content = memoOnFiles(() => [folder.meta, ...chapterFiles(folder.chapters)], () => loadReportContent(folder));
  return async () => {
    const c = content();
    if (isProblem(c)) throw overlayError(c);
    const d = await data();
    if (isProblem(d)) throw overlayError(d);
    return Object.assign(Object.create(d) as Report, { folder }, c);
  };
}
