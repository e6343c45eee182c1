/**
 * Benchmark section: `npm run build` of a report series of 1, 2 and 4
 * editions (made from examples/reading-series by bench/seriesFolder.ts), to
 * show the time grows linearly with the editions: time per edition, and the
 * ratio to the 1-edition build of the same run. Each build writes to a
 * temporary folder (REPORT_DIST).
 *
 * `npm run bench -- --only series`; `--editions 1,2,4` picks the counts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { timeNode } from './runCommand.ts';
import { makeSeriesFolder } from './seriesFolder.ts';
import { formatRatio, ratio, table } from './timing.ts';

export interface SeriesBuildResult {
  editions: number;
  ms: number;
}

export async function seriesBuildBench({ editions = [1, 2, 4], source = resolve('examples/reading-series') }: { editions?: number[]; source?: string } = {}): Promise<{ report: string; builds: SeriesBuildResult[] }> {
  const builds: SeriesBuildResult[] = [];
  for (const n of editions) {
    const root = makeSeriesFolder(source, n);
    const out = mkdtempSync(join(tmpdir(), 'bench-series-dist-'));
    try {
      const { ms } = await timeNode(['scripts/build.ts'], { REPORT_ROOT: root, REPORT_DIST: join(out, 'dist') });
      builds.push({ editions: n, ms });
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  }
  const first = builds[0]!;
  const rows = builds.map((b) => [String(b.editions), b.ms.toFixed(0), (b.ms / b.editions).toFixed(0), formatRatio(ratio(b.ms, first.ms)), `${(b.editions / first.editions).toFixed(2)}×`]);
  // Linear with a fixed start-up cost: the extra time per extra edition, from the first build to the last.
  const last = builds.at(-1)!;
  const marginal = builds.length > 1 ? (last.ms - first.ms) / (last.editions - first.editions) : NaN;
  return {
    builds,
    report: [
      `npm run build of a series (examples/reading-series, editions past 2025 are copies of it linked question by question); one run each; ratio to the ${first.editions}-edition build`,
      '',
      table([['editions', 'build ms', 'ms / edition', 'ratio', 'editions ratio'], ...rows]),
      ...(Number.isFinite(marginal) ? ['', `each edition past the ${first.editions === 1 ? 'first' : `first ${first.editions}`} adds ${marginal.toFixed(0)} ms; the fixed part (start-up, series pages, one search index) is ${(first.ms - marginal * first.editions).toFixed(0)} ms`] : []),
    ].join('\n'),
  };
}
