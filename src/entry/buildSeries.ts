/**
 * Builds a series: each edition complete under `/<id>/` (its own pages,
 * downloads and search index), then the series files around them (home,
 * "其他版本" pages, `series.css`) and one search index over every edition,
 * which the editions' search boxes filter by edition. Each edition ships its
 * own PDF, when it has one (`npm run pdf`), in its own folder. As for one
 * report, the previous `dist` is replaced only when everything succeeded.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Report } from '../report/report.ts';
import { editionBase } from '../series/editionReport.ts';
import type { Series } from '../series/series.ts';
import { seriesFiles, type BuiltEdition } from '../series/site/seriesPages.ts';
import { replacingDist, writeSearchIndex, writeSite, type BuildResult } from './buildSite.ts';
import type { SiteOptions } from './environment.ts';

/** The pages of a built edition: path relative to it (`''`, `results/`) → the page's title as written. */
function builtPages(dir: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!f.endsWith('index.html')) continue;
    const title = /<title>(.*?)<\/title>/s.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? '';
    pages.set(f.slice(0, -'index.html'.length).replaceAll('\\', '/'), title.replace(/&#(\d+);|&amp;|&lt;|&gt;|&quot;/g, (m, n) => (n ? String.fromCodePoint(Number(n)) : ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' } as Record<string, string>)[m]!)));
  }
  return pages;
}

/** The stylesheets an edition's home page links to. */
function stylesheets(dir: string): string[] {
  const home = readFileSync(join(dir, 'index.html'), 'utf8');
  return [...home.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
}

/**
 * Writes the site of `series`, whose editions' checked reports are `reports` (in order), to `dist`;
 * each edition ships the PDF `pdfs` gives for its id (none when absent). The options carry no PDF:
 * one file cannot be every edition's.
 */
export function buildSeries(
  series: Series,
  reports: readonly Report[],
  options: Omit<SiteOptions, 'pdf'>,
  dist: string,
  pdfs: ReadonlyMap<string, string> = new Map(),
): Promise<BuildResult> {
  return replacingDist(dist, async (scratch) => {
    const built: BuiltEdition[] = [];
    let pages = 0;
    for (const [i, edition] of series.editions.entries()) {
      const dir = join(scratch, edition.id);
      const result = await writeSite(reports[i]!, { ...options, base: editionBase(options.base, edition.id), pdf: pdfs.get(edition.id) }, dir);
      if (!result.ok) return { ok: false, message: `${edition.label}：${result.message}` };
      pages += result.pages;
      built.push({ report: reports[i]!, pages: builtPages(dir), stylesheets: stylesheets(dir) });
    }
    const files = seriesFiles(series, built, options.base);
    for (const f of files) {
      mkdirSync(dirname(join(scratch, f.path)), { recursive: true });
      writeFileSync(join(scratch, f.path), f.text);
    }
    const indexed = await writeSearchIndex(scratch);
    if (typeof indexed === 'string') return { ok: false, message: indexed };
    return { ok: true, pages: pages + files.filter((f) => f.path.endsWith('.html')).length, indexed };
  });
}
