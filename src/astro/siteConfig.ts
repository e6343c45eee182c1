/** The Astro configuration of a report site, as a value: `astro.config.mjs` (dev, check) and the build script both take it from here. */
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { reportInputFiles } from '../report/folder.ts';
import { componentLocations } from './componentLocations.ts';
import { liveData } from './liveData.ts';
import { reportSite, type SiteInput } from './reportSite.ts';

/** The configuration serving `input`, writing to `outDir` when building. */
export function siteConfig(input: SiteInput, outDir = 'dist'): AstroUserConfig {
  return {
    site: input.options.site,
    base: input.options.base,
    outDir,
    // Pages are folders (`results/`) but downloads are files (`data/q4.csv`): accept both forms.
    trailingSlash: 'ignore',
    build: { format: 'directory' },
    // The content layer caches each collection's entries between builds; one cache per report folder keeps
    // a build of one report from seeing the entries of another (same ids, other files).
    cacheDir: `./node_modules/.astro/report-${createHash('sha256').update(input.folder.root).digest('hex').slice(0, 12)}`,
    markdown: {
      // The one code block (a shell command) is styled by the site's own CSS in both themes.
      syntaxHighlight: false,
      processor: satteri({
        features: {
          // The source text already has Chinese quotation marks; leave every character as written.
          smartPunctuation: false,
          gfm: { footnotes: { label: '注释', backLabel: '返回正文引用处 {reference}' } },
        },
        // Every chapter component learns its file and line, for errors an editor can act on.
        mdastPlugins: [componentLocations],
      }),
    },
    integrations: [reportSite(input), mdx(), sitemap(), liveData(reportInputFiles(input.folder))],
    vite: {
      ssr: { external: ['@observablehq/plot', 'linkedom', 'simple-statistics', 'd3-dsv', 'zod', 'exceljs', 'iconv-lite', 'leven', 'yaml', 'satteri'] },
      build: {
        rolldownOptions: {
          onLog(level, log, handler) {
            // withastro/astro#18087 (open): Astro's content-assets plugin (astro/dist/content/vite-plugin-content-assets.js)
            // starts each chapter's `?astroPropagatedAssets` module with the directive "use astro:head-inject", and
            // Rolldown warns once per chapter that bundling may not preserve it; upstream confirms it is harmless.
            // Drop exactly that warning here, where Vite hands Rolldown's logs on, until the fix ships.
            if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
            handler(level, log);
          },
        },
      },
    },
    devToolbar: { enabled: false },
  };
}
