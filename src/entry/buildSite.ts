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

/** Writes the site of `report` to `dist`. */
export async function buildSite(report: Report, options: SiteOptions, dist: string): Promise<BuildResult> {
  // Beside the destination, so the final swap is a rename on one file system.
  const scratch = `${dist}.build-${process.pid}`;
  const fail = (message: string): BuildResult => {
    rmSync(scratch, { recursive: true, force: true });
    return { ok: false, message };
  };
  const { build } = await import('astro');
  try {
    // Astro's own progress lines (each route, each phase) are noise here; its warnings and errors still print.
    await build({
      ...siteConfig({ folder: report.folder, getReport: async () => report, options }, scratch),
      configFile: false,
      logLevel: 'warn',
      logger: { entrypoint: resolve('scripts/buildLog.ts') },
    });
  } catch (e) {
    const propError = findComponentPropError(e);
    return fail(propError ? propError.message : `Astro 构建失败：${e instanceof Error ? e.message : String(e)}`);
  }
  const pages = htmlPages(scratch);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) return fail(`搜索索引创建失败：${errors.join('; ')}`);
  const added = await index.addDirectory({ path: scratch });
  if (added.errors.length) return fail(`搜索索引失败：${added.errors.join('; ')}`);
  await index.writeFiles({ outputPath: resolve(scratch, 'pagefind') });
  await pagefind.close();
  const indexed = indexedPages(resolve(scratch, 'pagefind'));
  const old = `${dist}.old-${process.pid}`;
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(scratch, dist);
  rmSync(old, { recursive: true, force: true });
  return { ok: true, pages, indexed };
}
