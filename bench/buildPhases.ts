/**
 * One build of a report, phase by phase, in a fresh process:
 * `node bench/buildPhases.ts <outDir>` (with the environment of `npm run build`)
 * prints, last, `PHASES {json}` with the milliseconds of each phase:
 * loading the modules, reading and checking the report (data, figures,
 * statements), Astro's build (pages, charts) with the search index, and the
 * search index alone (built once more on the output, to tell it apart).
 */
import { enableCompileCache } from 'node:module';
import { resolve } from 'node:path';

const t0 = performance.now();
// As scripts/build.ts does, so the modules load as in a real build.
enableCompileCache();
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { reportFolderFrom, siteOptionsFrom } = await import('../src/entry/environment.ts');
const { checkedReport } = await import('../src/entry/checkedReport.ts');
const { writeSite, writeSearchIndex } = await import('../src/entry/buildSite.ts');
await import('astro');
const t1 = performance.now();
// The summary and warnings a build prints are not what is measured here.
const log = console.log;
console.log = () => {};
const checked = await checkedReport(reportFolderFrom(process.env), false);
if (!checked.ok) throw new Error(checked.message);
const t2 = performance.now();
const outDir = resolve(process.argv[2] ?? 'dist-phases');
const built = await writeSite(checked.report, siteOptionsFrom(process.env), outDir);
if (!built.ok) throw new Error(built.message);
const t3 = performance.now();
const indexed = await writeSearchIndex(outDir);
if (typeof indexed === 'string') throw new Error(indexed);
const t4 = performance.now();
console.log = log;
const phases = { modules: t1 - t0, check: t2 - t1, astroAndIndex: t3 - t2, index: t4 - t3 };
console.log(`PHASES ${JSON.stringify(phases)}`);
