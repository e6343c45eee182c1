/** The site `npm run pdf` built for the PDF tests (made once by globalSetup.ts), and pdf.js to read its PDF back. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfFileName } from '../../src/publish/pdfDownload.ts';
import { sampleMeta } from '../helpers/report.ts';

export const out = resolve('test-results/pdf');
export const dist = resolve(out, 'dist');
/** What `npm run pdf` printed and its exit status. */
export const runRecord = resolve(out, 'run.json');
export const pdfPath = resolve(dist, pdfFileName(sampleMeta()));

export interface PdfRun {
  status: number | null;
  output: string;
}

/** A built page of that site, parsed (`full` → full/index.html, `` → index.html). */
export function builtPage(path: string): Document {
  return parseHTML(readFileSync(resolve(dist, path, 'index.html'), 'utf8')).document as unknown as Document;
}

/** The PDF opened with pdf.js, with the font details kept (name, type, embedded data) that the font test reads. */
export function openPdf(): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(readFileSync(pdfPath)), verbosity: 0, fontExtraProperties: true, disableFontFace: true }).promise;
}

/** A page's text items as pdf.js reads them: text and baseline position (points from the bottom-left corner). */
export async function pageText(doc: PDFDocumentProxy, n: number): Promise<{ str: string; x: number; y: number }[]> {
  const { items } = await (await doc.getPage(n)).getTextContent();
  return items.flatMap((i) => ('str' in i && i.str.trim() ? [{ str: i.str, x: i.transform[4] as number, y: i.transform[5] as number }] : []));
}
