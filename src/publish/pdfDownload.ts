/**
 * The report as one PDF file. `npm run pdf` prints the 全文 page, then builds
 * the site again with that file in its options: only such a build copies it
 * into the site and links it, so a plain `npm run build` links no PDF.
 */
import { existsSync, statSync } from 'node:fs';
import type { ReportMeta } from '../report/meta.ts';

/** The PDF's file name, from the report's metadata: title and edition without spaces or characters a file system refuses (`某报告-2024版.pdf`). */
export function pdfFileName(meta: Pick<ReportMeta, 'title' | 'edition'>): string {
  return `${[meta.title, meta.edition].filter(Boolean).join('-').replace(/[\s\\/:*?"<>|]+/g, '')}.pdf`;
}

/** The PDF at `path` that this build ships, with its size; undefined when it ships none. */
export function builtPdf(path: string | undefined): { path: string; bytes: number } | undefined {
  if (!path) return undefined;
  if (!existsSync(path)) throw new Error(`要附在网站中的 PDF 不存在：${path}（请用 npm run pdf 生成 PDF）`);
  return { path, bytes: statSync(path).size };
}

/** A file size as a reader reads it: `1.7 MB`, `850 KB`. */
export function formatFileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
