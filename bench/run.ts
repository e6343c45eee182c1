/**
 * `npm run bench`: runs every benchmark section and prints its report.
 * A section is a module exporting an async function that returns `{ report }`;
 * add one by adding it to `sections`.
 * Lighthouse takes about 15 s a page and run: measure on a quiet machine.
 * Options: `--rows N` (one pipeline size instead of 10k, 100k and 300k), `--runs N` (default 5).
 */
import { pipelineBench } from './pipeline.ts';
import { pageWeightBench } from './pageWeight.ts';
import { lighthouseBench } from './lighthouse.ts';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const sections: { name: string; run: () => Promise<{ report: string }> }[] = [
  { name: 'data pipeline', run: () => pipelineBench({ ...(process.argv.includes('--rows') ? { sizes: [option('rows', 100_000)] } : {}), runs: option('runs', 5) }) },
  // Needs a built site: `npm run build` first.
  { name: 'page weight (dist/)', run: () => pageWeightBench({ dist: 'dist' }) },
  { name: 'Lighthouse (dist/)', run: () => lighthouseBench({ dist: 'dist', runs: 3 }) },
];

let failed = false;
for (const section of sections) {
  console.log(`== ${section.name} ==`);
  try {
    console.log((await section.run()).report);
  } catch (e) {
    failed = true;
    console.error(`section failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  console.log('');
}
process.exitCode = failed ? 1 : 0;
