/**
 * What `npm run pdf` builds: one report's site, or a series with each edition
 * its own report. Either way, the reports whose 全文 pages are printed, and how
 * to build the site again with their PDFs.
 */
import type { Report } from '../../src/report/report.ts';
import type { Series } from '../../src/series/series.ts';
import { editionBase } from '../../src/series/editionReport.ts';
import type { SiteOptions } from '../../src/entry/environment.ts';
import { buildSite, type BuildResult } from '../../src/entry/buildSite.ts';
import { buildSeries } from '../../src/entry/buildSeries.ts';

/** A report of the site, printed to a PDF of its own. */
export interface PrintedReport {
  /** Names it in the map of PDFs `build` takes: the edition's id, or `''` for a lone report. */
  key: string;
  /** How messages name it: the edition's label, or `''` for a lone report. */
  label: string;
  report: Report;
  /** The URL path it is published under, within the site's. */
  base: string;
}

export interface PdfSite {
  /** The URL path the site is published under. */
  base: string;
  reports: PrintedReport[];
  /** Builds the site into `dist`, each report shipping the PDF file `pdfs` gives for its key (none when absent). */
  build(pdfs: ReadonlyMap<string, string>, dist: string): Promise<BuildResult>;
}

/** The site of one report. */
export function reportPdfSite(report: Report, options: SiteOptions): PdfSite {
  return {
    base: options.base,
    reports: [{ key: '', label: '', report, base: options.base }],
    build: (pdfs, dist) => buildSite(report, { ...options, pdf: pdfs.get('') }, dist),
  };
}

/** The site of `series`, whose editions' checked reports are `reports` (in order), each edition printed under its own base. */
export function seriesPdfSite(series: Series, reports: readonly Report[], options: SiteOptions): PdfSite {
  return {
    base: options.base,
    reports: series.editions.map((edition, i) => ({ key: edition.id, label: edition.label, report: reports[i]!, base: editionBase(options.base, edition.id) })),
    build: (pdfs, dist) => buildSeries(series, reports, options, dist, pdfs),
  };
}
