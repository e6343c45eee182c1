/** Where a PDF's internal links land, and how many pages it has, read back with pdf.js. */
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Opens `pdf` with pdf.js (on a copy: pdf.js takes the buffer over), runs `read`, and closes it. */
async function withPdf<T>(pdf: Uint8Array, read: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  try {
    return await read(await task.promise);
  } finally {
    await task.destroy();
  }
}

/** The number of pages of a PDF. */
export function pageCount(pdf: Uint8Array): Promise<number> {
  return withPdf(pdf, async (doc) => doc.numPages);
}

/**
 * The page (from 1) of each named destination: Chromium names a destination
 * after the URL fragment a link points to, percent-encoded (`#chapter-x` →
 * `chapter-x`, `#摘要` → `%E6%91%98%E8%A6%81`).
 * Absent from the map: an id the PDF has no destination for.
 */
export function destinationPages(pdf: Uint8Array, ids: string[]): Promise<Map<string, number>> {
  return withPdf(pdf, async (doc) => {
    const pages = new Map<string, number>();
    for (const id of ids) {
      const ref = (await doc.getDestination(id))?.[0];
      if (ref && typeof ref === 'object') pages.set(id, (await doc.getPageIndex(ref)) + 1);
    }
    return pages;
  });
}
