/**
 * Runs `npm run pdf` once per test run, as a maintainer would, into
 * test-results/pdf/dist (REPORT_DIST): a build, the PDF printed in Debian's
 * Chromium, and the build again that ships and links it. Records what it printed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dist, out, runRecord, type PdfRun } from './built.ts';

export default function setup() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const started = Date.now();
  const run = spawnSync('npm', ['run', '--silent', 'pdf'], {
    // No SITE_URL: the PDF then links nothing outside itself, which the tests check.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', REPORT_DIST: dist, SITE_URL: '' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const record: PdfRun = { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  writeFileSync(runRecord, JSON.stringify(record));
  if (run.status !== 0) throw new Error(`npm run pdf failed:\n${record.output}`);
  console.log(`[pdf] npm run pdf in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
