/**
 * Builds a report's site into a scratch folder beside `dist`, indexes it for
 * search, and only then swaps it in: a failed build leaves the previous `dist`
 * exactly as it was. Astro gets the report and the options as values
 * (src/astro/siteConfig.ts), so one process can build several sites.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { siteConfig } from '../astro/siteConfig.ts';
import { findComponentPropError } from '../props/componentError.ts';
import type { Report } from '../report/report.ts';
import type { SiteOptions } from './environment.ts';

/**
 * How many pages the written search index holds. `addDirectory` counts every
 * HTML file it read, including the pages without `data-pagefind-body` that it
 * then leaves out; the index's own entry file counts what it kept.
 */
function indexedPages(pagefindDir: string): number {
  const entry = JSON.parse(readFileSync(resolve(pagefindDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

export type BuildResult = { ok: true; pages: number; indexed: number } | { ok: false; message: string };

/** How many HTML pages are in `dir`. */
function htmlPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

/** Builds the site of `report` into `outDir` (made afresh) and its search index; or the message to stop with. */
export async function writeSite(report: Report, options: SiteOptions, outDir: string): Promise<BuildResult> {
  const { build } = await import('astro');
  try {
    // Astro's own progress lines (each route, each phase) are noise here; its warnings and errors still print.
    await build({
      ...siteConfig({ folder: report.folder, getReport: async () => report, options }, outDir),
      configFile: false,
      logLevel: 'warn',
      logger: { entrypoint: resolve('scripts/buildLog.ts') },
    });
  } catch (e) {
    const propError = findComponentPropError(e);
    return { ok: false, message: propError ? propError.message : `Astro 构建失败：${e instanceof Error ? e.message : String(e)}` };
  }
  const indexed = await writeSearchIndex(outDir);
  return typeof indexed === 'string' ? { ok: false, message: indexed } : { ok: true, pages: htmlPages(outDir), indexed };
}

/** Writes the Pagefind index of every page under `dir` to `dir/pagefind/`: how many pages it holds, or the message to stop with. */
export async function writeSearchIndex(dir: string): Promise<number | string> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) return `搜索索引创建失败：${errors.join('; ')}`;
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length) return `搜索索引失败：${added.errors.join('; ')}`;
  await index.writeFiles({ outputPath: resolve(dir, 'pagefind') });
  await pagefind.close();
  return indexedPages(resolve(dir, 'pagefind'));
}

/**
 * Runs `write` on a scratch folder beside `dist` and, only if it succeeds,
 * puts the scratch folder in place of `dist`: a failed build leaves the
 * previous `dist` exactly as it was.
 */
export async function replacingDist(dist: string, write: (scratch: string) => Promise<BuildResult>): Promise<BuildResult> {
  // Beside the destination, so the final swap is a rename on one file system.
  const scratch = `${dist}.build-${process.pid}`;
  const result = await write(scratch);
  if (!result.ok) {
    rmSync(scratch, { recursive: true, force: true });
    return result;
  }
  const old = `${dist}.old-${process.pid}`;
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(scratch, dist);
  rmSync(old, { recursive: true, force: true });
  return result;
}

/** Writes the site of `report` to `dist`. */
export function buildSite(report: Report, options: SiteOptions, dist: string): Promise<BuildResult> {
  return replacingDist(dist, (scratch) => writeSite(report, options, scratch));
}
