/**
 * `npm test`: runs every vitest project and ends with one line `N passed, N failed`,
 * the line CI reads to know tests ran (vitest's own summary has another form).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const report = resolve('test-results/vitest.json');
mkdirSync(resolve('test-results'), { recursive: true });
// A report left by an earlier run must never be read as this run's: if vitest dies before writing one, there is none.
rmSync(report, { force: true });
const run = spawnSync(
  process.execPath,
  [resolve('node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
let passed = 0;
let failed = 0;
try {
  const result = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; success: boolean };
  passed = result.numPassedTests;
  failed = result.numFailedTests + (run.status !== 0 && result.numFailedTests === 0 ? 1 : 0);
} catch {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status ?? 1);
