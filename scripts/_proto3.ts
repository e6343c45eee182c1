import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readFileSync } from 'node:fs';
const doc = await getDocument({ data: new Uint8Array(readFileSync(process.argv[2]!)), verbosity: 0 }).promise;
const d = await doc.getDestination('chapter-04-results');
console.log(d, d && (await doc.getPageIndex(d[0])) + 1);
console.log(Object.keys(await doc.getDestinations()).length);
