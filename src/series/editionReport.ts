/**
 * An edition of a series as a report: its own folder read as any report's,
 * with the data of the editions before it (never after it) beside it.
 */
import type { ReportFolder } from '../report/folder.ts';
import { isProblem, loadReport, loadReportData, type InputProblem, type ReportData, type ReportResult } from '../report/loadReport.ts';
import type { Report } from '../report/report.ts';
import type { EditionContext, EditionData } from './editionContext.ts';
import type { Series } from './series.ts';

/** Which edition of which series, published under `seriesBase`. */
export interface EditionRef {
  series: Series;
  index: number;
  /** The URL path of the series home, with a slash at each end. */
  seriesBase: string;
}

/** The data of the editions before `ref`'s, oldest first, or the first problem of one of them. */
export async function earlierEditions(ref: EditionRef): Promise<EditionData[] | InputProblem> {
  const earlier: EditionData[] = [];
  for (const edition of ref.series.editions.slice(0, ref.index)) {
    const data = await loadReportData(edition.folder);
    if (isProblem(data)) return data;
    earlier.push({ id: edition.id, label: edition.label, data, links: edition.links });
  }
  return earlier;
}

/** What edition `ref`, whose own data is `data`, knows of its series: itself after the `earlier` editions. */
export function editionContext(ref: EditionRef, earlier: readonly EditionData[], data: ReportData): EditionContext {
  const edition = ref.series.editions[ref.index]!;
  return {
    seriesTitle: ref.series.title,
    seriesBase: ref.seriesBase,
    editions: [...earlier, { id: edition.id, label: edition.label, data, links: edition.links }],
  };
}

/** `report` (the edition's own) with its place in the series. */
export function withEdition(report: Report, ref: EditionRef, earlier: readonly EditionData[]): Report {
  return Object.assign(report, { edition: editionContext(ref, earlier, report) });
}

/** Edition `ref` read as a report beside the earlier editions' data; `folder` may replace its response file (a new export to check). */
export async function loadEditionReport(ref: EditionRef, folder: ReportFolder = ref.series.editions[ref.index]!.folder): Promise<ReportResult> {
  const loaded = await loadReport(folder);
  if (!loaded.ok) return loaded;
  const earlier = await earlierEditions(ref);
  if (isProblem(earlier)) return { ok: false, problem: earlier };
  return { ok: true, report: withEdition(loaded.report, ref, earlier) };
}

/** The base path of edition `id` under the series base. */
export function editionBase(seriesBase: string, id: string): string {
  return `${seriesBase}${id}/`;
}
