/**
 * The report as one PDF file. `npm run pdf` prints the 全文 page, then builds
 * the site again with `REPORT_PDF` naming that file: only such a build copies
 * it into the site and links it, so a plain `npm run build` links no PDF.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { reportMeta, type ReportMeta } from '../report/meta.ts';

/** The PDF's file name, from the report's metadata: title and edition without spaces or characters a file system refuses (`某报告-2024版.pdf`). */
export function pdfFileName(meta: Pick<ReportMeta, 'title' | 'edition'> = reportMeta()): string {
  return `${[meta.title, meta.edition].filter(Boolean).join('-').replace(/[\s\\/:*?"<>|]+/g, '')}.pdf`;
}

/** The PDF this build ships (`REPORT_PDF`, relative to the working directory), or undefined when it ships none. */
export function builtPdf(): { path: string; bytes: number } | undefined {
  const given = process.env.REPORT_PDF;
  if (!given) return undefined;
  const path = resolve(process.cwd(), given);
  if (!existsSync(path)) throw new Error(`REPORT_PDF 指向的文件不存在：${path}（请用 npm run pdf 生成 PDF）`);
  return { path, bytes: statSync(path).size };
}

/** A file size as a reader reads it: `1.7 MB`, `850 KB`. */
export function formatFileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
