/** What the site says about its data follows the data description: the sample's says synthetic; a file without one gets no claim. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildAltLog, dist2023, distAlt, page } from './builds.ts';

const footer = (dist: string, path: string) => page(dist, path).querySelector('footer')!.textContent!.trim();

/** Every file of a built site as text: gzip'd files (the Pagefind index) unpacked, Pagefind's word breaks (U+200B) removed. */
function siteTexts(dist: string): { file: string; text: string }[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .map((p) => {
      const bytes = readFileSync(p);
      const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
      return { file: relative(dist, p), text: raw.toString('utf8').replaceAll('\u200b', '') };
    });
}

describe('the notices of the sample site (its description: synthetic, reproduces the published figures)', () => {
  it('say so in the footer of every page, on the home page and in the 数据说明 chapter', () => {
    for (const path of ['', 'results', 'data-notes', 'full']) {
      expect(footer(dist2023, path)).toBe('本网站的全部数字在构建时由答卷文件计算生成。随附的答卷文件是复现已发布数字的合成数据，并非 2023 年调查的真实答卷。');
    }
    expect(page(dist2023, '').querySelector('.notice')!.textContent).toContain('随附的答卷文件是复现已发布数字的合成数据，并非 2023 年调查的真实答卷。');
    const notes = page(dist2023, 'data-notes').querySelector('article blockquote')!.textContent!;
    expect(notes).toContain('重要说明：本网站随附的答卷文件是合成数据，不是 2023 年调查的真实答卷。');
    expect(notes).toContain('由 scripts/generate-sample.ts 使用固定随机种子生成');
    expect(notes).toContain('它能够复现报告公布的每一个数字');
  });
});

describe('a site built from a response file without a description', () => {
  it('has no 合成 in any file of dist/, the Pagefind index included', () => {
    const texts = siteTexts(distAlt);
    expect(texts.some((t) => t.file.startsWith('pagefind/fragment/') && t.text.includes('数据说明'))).toBe(true);
    expect(texts.filter((t) => t.text.includes('合成')).map((t) => t.file)).toEqual([]);
    // The same check finds the word in the sample's site, index included: it can fail.
    expect(siteTexts(dist2023).some((t) => t.file.startsWith('pagefind/fragment/') && t.text.includes('合成'))).toBe(true);
  });

  it('makes no claim either way: the footer says only that the figures are computed, the 数据说明 chapter has no notice', () => {
    expect(footer(distAlt, 'results')).toBe('本网站的全部数字在构建时由答卷文件计算生成。');
    expect(page(distAlt, '').querySelector('.notice')!.textContent!.trim()).toMatch(/^本网站由调查答卷文件在构建时生成，所有表格、图表与正文中的数字均由数据计算得出（共 \d+ 份有效问卷）。$/);
    expect(page(distAlt, 'data-notes').querySelector('article blockquote')).toBeNull();
  });

  it('and the build says once that the file has none', () => {
    const lines = readFileSync(buildAltLog, 'utf8').split('\n');
    expect(lines.filter((l) => l.includes('没有') && l.includes('alt-responses.meta.json'))).toEqual([
      '数据说明：没有 test-results/site-build/alt-responses.meta.json，网站不说明这份数据是否为合成数据、来自何处。',
    ]);
  });
});
