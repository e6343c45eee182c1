/**
 * `npm run bench`: runs every benchmark section and prints its report.
 * A section is a module exporting an async function that returns `{ report }`;
 * add one by adding it to `sections`. Each section gives times and a ratio to
 * a reference taken in the same run.
 * Lighthouse takes about 15 s a page and run, the dev section a few minutes
 * (it writes a 250 MB response file for 100k): measure on a quiet machine.
 *
 * Options:
 *   --only <keys>        run only these sections, comma-separated:
 *                        pipeline, weight, lighthouse, dev, build, series, pdf, check-data
 *   --rows N             one pipeline size instead of 10k, 100k and 300k
 *   --runs N             pipeline runs (default 5); dev-latency runs per edit (default 3)
 *   --dev-sizes a,b      dev-latency sizes in responses (default 122,10000,100000; 122 is the shipped file)
 *   --build-runs N       runs of each build in the build section (default 1)
 *   --editions a,b       series sizes in the series section (default 1,2,4)
 * Example: `npm run bench -- --only dev,check-data --dev-sizes 122,10000 --runs 1`.
 */
import { pipelineBench } from './pipeline.ts';
import { pageWeightBench } from './pageWeight.ts';
import { lighthouseBench } from './lighthouse.ts';
import { devLatencyBench } from './devLatency.ts';
import { buildTimeBench } from './buildTime.ts';
import { seriesBuildBench } from './seriesBuild.ts';
import { pdfTimeBench } from './pdfTime.ts';
import { checkDataStartupBench } from './checkDataStartup.ts';
import { numberList, positiveOption, wordList } from './options.ts';

const argv = process.argv.slice(2);
const runs = (fallback: number) => positiveOption(argv, 'runs', fallback);

const sections: { key: string; name: string; run: () => Promise<{ report: string }> }[] = [
  { key: 'pipeline', name: 'data pipeline', run: () => pipelineBench({ ...(argv.includes('--rows') ? { sizes: [positiveOption(argv, 'rows', 100_000)] } : {}), runs: runs(5) }) },
  // Needs a built site: `npm run build` first.
  { key: 'weight', name: 'page weight (dist/)', run: () => pageWeightBench({ dist: 'dist' }) },
  { key: 'lighthouse', name: 'Lighthouse (dist/)', run: () => lighthouseBench({ dist: 'dist', runs: 3 }) },
  { key: 'dev', name: 'dev latency (npm run dev)', run: () => devLatencyBench({ runs: runs(3), ...(numberList(argv, 'dev-sizes') ? { sizes: numberList(argv, 'dev-sizes') } : {}) }) },
  { key: 'build', name: 'build time vs a bare Astro build', run: () => buildTimeBench({ runs: positiveOption(argv, 'build-runs', 1) }) },
  { key: 'series', name: 'series build time (1, 2, 4 editions)', run: () => seriesBuildBench(numberList(argv, 'editions') ? { editions: numberList(argv, 'editions') } : {}) },
  { key: 'pdf', name: 'npm run pdf', run: () => pdfTimeBench() },
  { key: 'check-data', name: 'check-data fixed cost', run: () => checkDataStartupBench() },
];

const only = wordList(argv, 'only');
const unknown = only?.filter((k) => !sections.some((s) => s.key === k)) ?? [];
if (unknown.length > 0) {
  console.error(`unknown section ${unknown.join(', ')}; sections: ${sections.map((s) => s.key).join(', ')}`);
  process.exit(2);
}

let failed = false;
for (const section of sections.filter((s) => !only || only.includes(s.key))) {
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
