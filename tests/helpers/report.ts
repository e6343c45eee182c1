/** A report loaded as the build loads it, for tests that read the 2023 report or a copy of it. */
import { reportFolder } from '../../src/report/folder.ts';
import { loadReport } from '../../src/report/loadReport.ts';
import type { Report } from '../../src/report/report.ts';
import { readReportMeta, type ReportMeta } from '../../src/report/meta.ts';

/** The report of folder `root` (default: the 2023 report), with `data` replacing its response file; throws when it does not load. */
export async function reportOf(root = '.', data?: string): Promise<Report> {
  const loaded = await loadReport(reportFolder(root, data ? { data } : {}));
  if (!loaded.ok) throw new Error(`${root} should load:\n${loaded.problem.message}`);
  return loaded.report;
}

/** The 2023 report's metadata. */
export function sampleMeta(): ReportMeta {
  const read = readReportMeta(reportFolder('.').meta);
  if (!read.ok) throw new Error(read.message);
  return read.meta;
}
