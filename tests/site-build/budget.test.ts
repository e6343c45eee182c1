/**
 * The budgets every built page of the 2023 report stays within (issue: Lighthouse 100 on a phone):
 * what a reader downloads, the script that runs, and the DOM the browser lays out.
 * Timings are not here: they belong to `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { measurePageWeights } from '../../bench/pageWeight.ts';
import { dist2023 } from './builds.ts';

const KiB = 1024;
const pages = measurePageWeights(dist2023);
const documentOf = (page: string) => parseHTML(readFileSync(join(dist2023, page.endsWith('/') ? `${page}index.html` : page), 'utf8')).document;

describe('page budgets', () => {
  it('covers every page of the site', () => {
    expect(pages).toHaveLength(14);
  });

  it('keeps every page at most 50 KiB gzipped, HTML and CSS together', () => {
    const over = pages.filter((p) => p.html.gzip + p.css.gzip + p.js.gzip > 50 * KiB).map((p) => p.page);
    expect(over).toEqual([]);
  });

  it('runs no script file at page load; the inline scripts (theme, search box) stay under 4 KiB', () => {
    for (const p of pages) {
      expect(p.js.raw, p.page).toBe(0);
      expect(p.inlineJs, p.page).toBeLessThan(4 * KiB);
      expect(documentOf(p.page).querySelectorAll('script[src]'), p.page).toHaveLength(0);
    }
  });

  it('keeps the DOM within 4,500 elements on the full text and 2,000 on any other page', () => {
    const over = pages.filter((p) => documentOf(p.page).querySelectorAll('*').length > (p.page === '/full/' ? 4500 : 2000)).map((p) => p.page);
    expect(over).toEqual([]);
  });
});
