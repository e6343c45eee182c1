/**
 * `npm run pdf`: the report as one PDF in the site (builds it, prints the 全文
 * page in Chromium, builds again with the PDF); the work is in ./pdfReport.ts.
 */
import { enableCompileCache } from 'node:module';

// As in scripts/build.ts: Node's compile cache spares each run stripping and compiling every module again.
enableCompileCache();
await import('./pdfReport.ts');
