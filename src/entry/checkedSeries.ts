/**
 * The series a build starts from (its `series.json` already read and checked):
 * every edition read and checked as its own report (in its place in the series),
 * each edition's summary printed under its label. `npm run build` and
 * `npm run pdf` both start here.
 */
import type { Report } from '../report/report.ts';
import type { Series } from '../series/series.ts';
import { checkedReport } from './checkedReport.ts';
import { editionHeading } from './reportTarget.ts';

export type CheckedSeries = { ok: true; series: Series; reports: Report[] } | { ok: false; message: string };

/**
 * `series`, published under `seriesBase`, with its editions' checked reports
 * in order (`strict` as for one report); or the message to stop with, naming
 * the edition it is about.
 */
export async function checkedSeries(series: Series, strict: boolean, seriesBase: string): Promise<CheckedSeries> {
  const reports: Report[] = [];
  for (const [index, edition] of series.editions.entries()) {
    console.log(editionHeading(series, index));
    const checked = await checkedReport(edition.folder, strict, { series, index, seriesBase });
    if (!checked.ok) return { ok: false, message: `${edition.label}：${checked.message}` };
    reports.push(checked.report);
  }
  return { ok: true, series, reports };
}
