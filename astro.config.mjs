// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { componentLocations } from './src/astro/componentLocations.ts';
import { liveData } from './src/astro/liveData.ts';
import { reportMetaPath } from './src/report/meta.ts';
import { reportInputFiles } from './src/report/figures.ts';
import { reportRoot } from './src/report/folder.ts';
import { createHash } from 'node:crypto';

/** A sub-path such as `/reports/crm/` to publish under; `/` by default. */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  // The sitemap and Open Graph URLs need an absolute origin; SITE_URL sets the real one at deploy time.
  site: process.env.SITE_URL || 'https://example.org',
  base,
  // The build script writes into a scratch folder and swaps it in only when the build succeeds.
  outDir: process.env.REPORT_OUT_DIR || 'dist',
  // Pages are folders (`results/`) but downloads are files (`data/q4.csv`): accept both forms.
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // The content layer caches each collection's entries between builds; one cache per report folder keeps
  // a build of one report from seeing the entries of another (same ids, other files).
  cacheDir: `./node_modules/.astro/report-${createHash('sha256').update(reportRoot()).digest('hex').slice(0, 12)}`,
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
  integrations: [mdx(), sitemap(), liveData(() => [...reportInputFiles(), reportMetaPath()])],
  vite: {
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
});
