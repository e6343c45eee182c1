/**
 * Builds the site once per browser-test run: `npm run build` into dist/, and
 * again with `BASE_PATH=/sub/path/` into test-results/dist-sub/ (REPORT_DIST),
 * so the tests can check that every link also works from a sub-folder.
 *
 * `REPORT_REUSE_BUILD=1` skips a build whose folder already exists (for quick
 * reruns while editing tests; never in CI).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSiteOrThrow } from '../helpers/buildSite.ts';
import { SUB_PATH, rootDist, subDist } from './site.ts';

function build(label: string, dist: string, env: Record<string, string>) {
  if (process.env.REPORT_REUSE_BUILD === '1' && existsSync(resolve(dist, 'index.html'))) {
    console.log(`[browser tests] reusing ${label} build in ${dist}`);
    return;
  }
  buildSiteOrThrow(label, { ...env, REPORT_DIST: dist });
}

export default function setup(project: TestProject) {
  build('root', rootDist, { BASE_PATH: '/' });
  build(`sub-path ${SUB_PATH}`, subDist, { BASE_PATH: SUB_PATH });
  project.provide('builtAt', Date.now());
}

declare module 'vitest' {
  export interface ProvidedContext {
    builtAt: number;
  }
}
