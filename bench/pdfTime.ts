/**
 * Benchmark section: the time of `npm run pdf` (check, build, print the 全文
 * page in Debian's Chromium, build again with the PDF) against `npm run build`
 * of the same report in the same run: ratio = pdf / build. Both write to
 * temporary folders (REPORT_DIST).
 *
 * `npm run bench -- --only pdf`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasChromium, chromiumPath } from '../scripts/chromium.ts';
import { timeNode } from './runCommand.ts';
import { formatRatio, ratio, table } from './timing.ts';

export async function pdfTimeBench(): Promise<{ report: string; pdfMs: number; buildMs: number }> {
  if (!hasChromium()) throw new Error(`no Chromium at ${chromiumPath()}: npm run pdf needs it`);
  const scratch = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
  try {
    const build = await timeNode(['scripts/build.ts'], { REPORT_DIST: join(scratch, 'build') });
    const pdf = await timeNode(['scripts/pdf.ts'], { REPORT_DIST: join(scratch, 'pdf') });
    const line = /^PDF：.*$/m.exec(pdf.stdout)?.[0] ?? '';
    return {
      pdfMs: pdf.ms,
      buildMs: build.ms,
      report: [
        'npm run pdf of the default report vs npm run build of it, one run each; ratio = pdf / build',
        '',
        table([
          ['command', 'ms', 'ratio'],
          ['npm run pdf', pdf.ms.toFixed(0), formatRatio(ratio(pdf.ms, build.ms))],
          ['npm run build', build.ms.toFixed(0), '1.00×'],
        ]),
        '',
        // pdf = check + build + print + build again: what is not two builds is about the printing.
        `of which printing (pdf − 2 × build, an estimate): ${(pdf.ms - 2 * build.ms).toFixed(0)} ms`,
        ...(line ? [line] : []),
      ].join('\n'),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
