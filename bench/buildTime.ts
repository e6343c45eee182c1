/**
 * Benchmark section: the time of `npm run build` on the default report
 * against a bare Astro build of pages with the same HTML (bench/bareAstro.ts),
 * the reference taken in the same run: ratio = our build / bare build. Then
 * where our build's time goes, from one more build timed phase by phase in a
 * fresh process (bench/buildPhases.ts). Builds write to temporary folders
 * (REPORT_DIST), never to dist/.
 *
 * `npm run bench -- --only build`; `--build-runs N` times each build N times (median).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeBareProject } from './bareAstro.ts';
import { timeNode } from './runCommand.ts';
import { formatRatio, median, ratio, table } from './timing.ts';

export interface BuildTimeResult {
  buildMs: number;
  bareMs: number;
  phases: Record<string, number>;
}

/** The median wall time of `runs` runs of `run`. */
async function medianOf(runs: number, run: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await run());
  return median(times);
}

export async function buildTimeBench({ runs = 1 }: { runs?: number } = {}): Promise<{ report: string } & BuildTimeResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-build-'));
  const dist = join(scratch, 'dist');
  let bare: string | undefined;
  try {
    const build = () => timeNode(['scripts/build.ts'], { REPORT_DIST: dist }).then((r) => r.ms);
    const buildMs = await medianOf(runs, build);
    bare = makeBareProject(dist);
    const bareRoot = bare;
    const bareMs = await medianOf(runs, () => timeNode([resolve('node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {}, bareRoot).then((r) => r.ms));
    const { stdout } = await timeNode([resolve('bench/buildPhases.ts'), join(scratch, 'phases')]);
    const phases = JSON.parse(/^PHASES (.*)$/m.exec(stdout)![1]!) as Record<'modules' | 'check' | 'astroAndIndex' | 'index', number>;
    const named = {
      'load the build modules (astro, vite, …)': phases.modules,
      'read + check the report (data, figures, statements)': phases.check,
      'Astro build (pages, charts, sitemap)': phases.astroAndIndex - phases.index,
      'Pagefind search index': phases.index,
    };
    const lines = [
      `npm run build of the default report (${runs === 1 ? 'one run' : `median of ${runs} runs`}) vs a bare Astro project whose pages are the built HTML files as they are; ratio = build / bare (aim ≤ 1.5×)`,
      '',
      table([
        ['build', 'ms', 'ratio'],
        ['npm run build (default report)', buildMs.toFixed(0), formatRatio(ratio(buildMs, bareMs))],
        ['bare astro build, same HTML', bareMs.toFixed(0), '1.00×'],
      ]),
      '',
      'where a build’s time goes (one more build, in-process phases; the rest is Node starting up):',
      '',
      table([['phase', 'ms', '× bare build'], ...Object.entries(named).map(([name, ms]) => [name, ms.toFixed(0), formatRatio(ratio(ms, bareMs))])]),
    ];
    return { report: lines.join('\n'), buildMs, bareMs, phases: named };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    if (bare) rmSync(bare, { recursive: true, force: true });
  }
}
