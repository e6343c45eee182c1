/**
 * Reads and checks every input of a report folder once: metadata,
 * questionnaire, response file (validated as it is parsed), its description,
 * the order of names, and the chapters. Either the report, or the first input
 * that is wrong with every problem of it as printed text.
 */
import { formatProblems, loadDataset } from '../survey/loadDataset.ts';
import { formatQuestionnaireProblems, loadQuestionnaire } from '../survey/loadQuestionnaire.ts';
import { readNameOrder } from '../survey/read/readNameOrder.ts';
import { ChapterError } from '../outline/chapterOutline.ts';
import { readOutline, type Outline } from '../outline/outline.ts';
import { readDataDescription } from './dataDescription.ts';
import { displayPath } from './displayPath.ts';
import { reportFigures } from './figures.ts';
import type { ReportFolder } from './folder.ts';
import { readReportMeta } from './meta.ts';
import type { Report } from './report.ts';

/** What is wrong with one input: `title` names the kind of file, `file` and `line` where (the first problem), `message` every problem. */
export interface InputProblem {
  title: '报告信息有误' | '调查表文件有误' | '数据文件有误' | '数据说明文件有误' | '章节有误';
  file: string;
  line?: number;
  message: string;
}

export type ReportResult = { ok: true; report: Report } | { ok: false; problem: InputProblem };

/** The chapters' outline, or the chapter problem (a file and line) that stops it. */
function outlineOrProblem(folder: ReportFolder): Outline | InputProblem {
  try {
    return readOutline(folder.chapters);
  } catch (e) {
    if (e instanceof ChapterError) return { title: '章节有误', file: e.file, line: e.line, message: e.message };
    throw e;
  }
}

/** The parts of a report read from its data files: questionnaire, dataset, description, figures. */
export type ReportData = Pick<Report, 'questionnaire' | 'dataset' | 'description'> & ReturnType<typeof reportFigures>;

/** The parts of a report read from its content files: metadata and chapters. */
export type ReportContent = Pick<Report, 'meta' | 'outline'>;

/** The report's data, or what is wrong with the questionnaire, the response file or its description. */
export async function loadReportData(folder: ReportFolder): Promise<ReportData | InputProblem> {
  const qn = loadQuestionnaire(displayPath(folder.questionnaire));
  if (!qn.ok) return { title: '调查表文件有误', file: folder.questionnaire, message: formatQuestionnaireProblems(qn.problems) };
  const dataFile = displayPath(folder.data);
  const loaded = await loadDataset(dataFile, qn.questionnaire);
  if (!loaded.ok) {
    const line = loaded.errors[0]?.line;
    return { title: '数据文件有误', file: folder.data, ...(line === undefined ? {} : { line }), message: `数据文件 ${dataFile} 有 ${loaded.errors.length} 处错误：\n${formatProblems(loaded.errors)}` };
  }
  const described = readDataDescription(folder.description);
  if (!described.ok) {
    return { title: '数据说明文件有误', file: folder.description, message: `数据说明文件 ${described.file} 有 ${described.errors.length} 处错误：\n${described.errors.map((e) => `  ${e}`).join('\n')}` };
  }
  const { dataset } = loaded;
  const figures = reportFigures(dataset, await readNameOrder(folder.nameOrder));
  return Object.assign(figures, { questionnaire: qn.questionnaire, dataset, description: described.description });
}

/** The report's metadata and chapters, or what is wrong with them. */
export function loadReportContent(folder: ReportFolder): ReportContent | InputProblem {
  const meta = readReportMeta(folder.meta);
  if (!meta.ok) return { title: '报告信息有误', file: folder.meta, message: meta.message };
  const outline = outlineOrProblem(folder);
  return 'chapters' in outline ? { meta: meta.meta, outline } : outline;
}

/** Whether a load step gave a problem rather than its part. */
export function isProblem(x: object): x is InputProblem {
  return 'title' in x && 'message' in x;
}

/** The report of `folder` (content first: its errors are the editor's and come with a line), or what is wrong with its inputs. */
export async function loadReport(folder: ReportFolder): Promise<ReportResult> {
  const content = loadReportContent(folder);
  if (isProblem(content)) return { ok: false, problem: content };
  const data = await loadReportData(folder);
  if (isProblem(data)) return { ok: false, problem: data };
  return { ok: true, report: Object.assign(data, { folder }, content) };
}
