/**
 * `npm run pdf`'s two builds: the site built into a draft folder, each report's
 * 全文 page printed from it, then the site built into `dist` with those PDFs.
 * Only the last build touches `dist`, and only when it succeeds.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pdfFileName } from '../../src/publish/pdfDownload.ts';
import { pageCount } from './destinationPages.ts';
import type { PdfSite } from './pdfSite.ts';
import { printReports } from './printReports.ts';

/** A PDF the built site ships. */
export interface ShippedPdf {
  /** Its report's label: the edition's, or `''` for a lone report. */
  label: string;
  /** Where it is in `dist`. */
  path: string;
  pages: number;
  bytes: number;
}

export type PdfBuild = { ok: true; pdfs: ShippedPdf[] } | { ok: false; message: string };

/** Builds `site` into `dist` with a PDF of each of its reports (links to the site's files in them lead to `siteUrl`, when given); or the message to stop with. */
export async function buildWithPdfs(site: PdfSite, dist: string, siteUrl: string | undefined): Promise<PdfBuild> {
  const work = mkdtempSync(join(tmpdir(), 'report-pdf-'));
  try {
    const draft = join(work, 'site');
    const first = await site.build(new Map(), draft);
    if (!first.ok) return first;
    const printed = await printReports(draft, site.base, site.reports, siteUrl);
    if (typeof printed === 'string') return { ok: false, message: printed };
    const files = new Map<string, string>();
    for (const [i, r] of site.reports.entries()) {
      // One folder per report: in a series the editions' PDFs may share a name.
      const file = join(work, 'pdf', r.key || 'report', pdfFileName(r.report.meta));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, printed[i]!);
      files.set(r.key, file);
    }
    const rebuilt = await site.build(files, dist);
    if (!rebuilt.ok) return rebuilt;
    const pdfs: ShippedPdf[] = [];
    for (const [i, r] of site.reports.entries()) {
      const path = join(dist, r.base.slice(site.base.length), pdfFileName(r.report.meta));
      pdfs.push({ label: r.label, path, pages: await pageCount(printed[i]!), bytes: printed[i]!.length });
    }
    return { ok: true, pdfs };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
