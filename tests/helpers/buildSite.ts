/** Runs `npm run build` (scripts/build.ts) as a maintainer would, with the given environment. */
import { spawnSync } from 'node:child_process';

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Builds the site; returns the exit status and everything it printed. */
export function buildSite(env: Record<string, string>): BuildResult {
  const run = spawnSync('npm', ['run', 'build'], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** Builds the site and throws with its output when the build fails; returns what it printed. */
export function buildSiteOrThrow(label: string, env: Record<string, string>): string {
  const started = Date.now();
  const { status, output } = buildSite(env);
  if (status !== 0) throw new Error(`npm run build (${label}) failed:\n${output}`);
  console.log(`[build] ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return output;
}
