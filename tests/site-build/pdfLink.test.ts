/** A plain `npm run build` (no `npm run pdf`) ships no PDF and so links none; a cover built from a file without a description makes no claim about its data. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dist2023, distAlt, page } from './builds.ts';

describe('without npm run pdf', () => {
  it('the site has no PDF file and no PDF link on the home page or the 全文 page', () => {
    expect(readdirSync(dist2023).filter((f) => f.endsWith('.pdf'))).toEqual([]);
    for (const path of ['', 'full']) {
      const doc = page(dist2023, path);
      expect(doc.querySelector('.pdf-download')).toBeNull();
      expect([...doc.querySelectorAll('a[href$=".pdf"]')]).toEqual([]);
    }
  });
});

describe('the 全文 page’s cover', () => {
  it('built from a file with no description beside it, names the file and its count and never says 合成', () => {
    const cover = page(distAlt, 'full').querySelector('.full-title')!;
    expect(cover.querySelector('.full-data')!.textContent).toMatch(/^数据：alt-responses\.xlsx，\d+ 份有效问卷。$/);
    expect(cover.textContent).not.toContain('合成');
  });
});
