// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';

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
  markdown: {
    // The one code block (a shell command) is styled by the site's own CSS in both themes.
    syntaxHighlight: false,
    processor: satteri({
      features: {
        // The source text already has Chinese quotation marks; leave every character as written.
        smartPunctuation: false,
        gfm: { footnotes: { label: '注释', backLabel: '返回正文引用处 {reference}' } },
      },
    }),
  },
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
});
