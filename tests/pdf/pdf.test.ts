/**
 * The PDF `npm run pdf` made, read back with pdf.js as a reader's viewer reads
 * it: pages, bookmarks, text, page numbers, fonts and links, checked against the
 * built 全文 page it was printed from. Three pages are rendered to PNG for review.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { launchChromium } from '../../scripts/chromium.ts';
import { formatFileSize, pdfFileName } from '../../src/publish/pdfDownload.ts';
import { sampleMeta } from '../helpers/report.ts';
import { builtPage, dist, openPdf, pageText, pdfPath, runRecord, type PdfRun } from './built.ts';

const squash = (s: string) => s.replace(/\s+/g, '');
const full = builtPage('full');
const chapterTitles = [...full.querySelectorAll('article.chapter > .chapter-title')].map((h) => h.textContent!.trim());
const tableTitles = [...full.querySelectorAll('table caption')].map((c) => squash(c.textContent!));
const contentsEntries = [...full.querySelectorAll('.full-toc a')].map((a) => ({ text: squash(a.textContent!), fragment: a.getAttribute('href')!.slice(1) }));
/** How Chromium names a link's destination: the URL fragment, percent-encoded. */
const destName = (fragment: string) => new URL(`#${fragment}`, 'http://x/').hash.slice(1);

let doc: PDFDocumentProxy;
let texts: string[];
/** The page (from 1) each named destination lands on. */
const destPage = async (name: string) => {
  const dest = await doc.getDestination(name);
  return dest ? (await doc.getPageIndex(dest[0] as Parameters<PDFDocumentProxy['getPageIndex']>[0])) + 1 : undefined;
};

beforeAll(async () => {
  doc = await openPdf();
  texts = [];
  for (let n = 1; n <= doc.numPages; n++) texts.push((await pageText(doc, n)).map((i) => i.str).join(''));
});

describe('npm run pdf', () => {
  const run: PdfRun = JSON.parse(readFileSync(runRecord, 'utf8'));

  it('writes the PDF into the site under the name the report’s metadata gives, and says its pages and size in its last line', () => {
    expect(pdfPath.endsWith(`/${pdfFileName(sampleMeta())}`)).toBe(true);
    const size = statSync(pdfPath).size;
    expect(run.output.trim().split('\n').at(-1)).toBe(`PDF：${pdfPath.replace(`${process.cwd()}/`, '')}（${doc.numPages} 页，${formatFileSize(size)}），已链接到首页与全文页。`);
  });

  it('is a few MB at most', () => {
    expect(statSync(pdfPath).size).toBeLessThan(5 * 1024 * 1024);
  });

  it('is linked with its size from the home page and the 全文 page, and the link resolves to the file', () => {
    const size = formatFileSize(statSync(pdfPath).size);
    for (const path of ['', 'full']) {
      const link = builtPage(path).querySelector('.pdf-download a');
      expect(link, `${path || 'home'}: PDF link`).not.toBeNull();
      expect(decodeURIComponent(link!.getAttribute('href')!)).toBe(`/${pdfFileName(sampleMeta())}`);
      expect(link!.parentElement!.textContent).toContain(size);
      expect(existsSync(resolve(dist, decodeURIComponent(link!.getAttribute('href')!).slice(1)))).toBe(true);
    }
  });

  it('says in one line that it needs Chromium when there is none, and builds nothing', () => {
    const nowhere = resolve('test-results/pdf/no-chromium-dist');
    const r = spawnSync(process.execPath, ['scripts/pdf.ts'], { env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', REPORT_DIST: nowhere }, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^未找到 Chromium（\/nonexistent\/chromium）/)]);
    expect(existsSync(nowhere)).toBe(false);
  });
});

describe('the PDF', () => {
  it('has A4 pages: a cover, the contents, and a page or more per chapter', async () => {
    const { view } = await doc.getPage(1);
    expect([Math.round(view[2]!), Math.round(view[3]!)]).toEqual([595, 842]);
    const firstChapter = (await destPage(destName(contentsEntries[0]!.fragment)))!;
    expect(firstChapter).toBeGreaterThanOrEqual(3);
    expect(doc.numPages).toBeGreaterThanOrEqual(firstChapter + chapterTitles.length - 1);
    expect(doc.numPages).toBeLessThan(80);
  });

  it('has a cover with the title, edition, 课题组, publisher, data and date, and nothing else', () => {
    const cover = squash(texts[0]!);
    const title = full.querySelector('.full-title')!;
    for (const p of title.querySelectorAll('h1, p:not(.pdf-download)')) expect(cover).toContain(squash(p.textContent!));
    expect(cover).toMatch(/生成日期：\d{4}年\d{1,2}月\d{1,2}日/);
    expect(cover).not.toContain('下载');
    expect(cover).not.toContain(chapterTitles[1]!.replace(/\s+/g, ''));
  });

  it('has a bookmark for every chapter and every section of the contents, each opening its page', async () => {
    const bookmarks = new Map<string, number>();
    const walk = async (items: Awaited<ReturnType<PDFDocumentProxy['getOutline']>>) => {
      for (const item of items ?? []) {
        const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
        bookmarks.set(squash(item.title), (await doc.getPageIndex(dest![0] as Parameters<PDFDocumentProxy['getPageIndex']>[0])) + 1);
        await walk(item.items);
      }
    };
    await walk(await doc.getOutline());
    for (const title of chapterTitles) expect(bookmarks.has(squash(title)), `bookmark ${title}`).toBe(true);
    const sections = contentsEntries.filter((e) => !/^[表图]\d/.test(e.text));
    expect(sections.length).toBeGreaterThan(chapterTitles.length);
    for (const e of sections) expect(bookmarks.get(e.text), `bookmark ${e.text}`).toBe(await destPage(destName(e.fragment)));
  });

  it('holds its text as the report’s characters: 用户, every table’s title, and no Kangxi radical', () => {
    const all = squash(texts.join(''));
    expect(all).toContain('用户');
    expect(tableTitles.length).toBeGreaterThan(20);
    expect(tableTitles.filter((t) => !all.includes(t))).toEqual([]);
    expect(all.match(/[\u2E80-\u2FDF]/gu) ?? []).toEqual([]);
  });

  it('numbers every page but the cover in its footer', async () => {
    const footers: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const items = await pageText(doc, n);
      footers.push(items.reduce((low, i) => (i.y < low.y ? i : low)).str.trim());
    }
    expect(footers[0]).not.toBe('1');
    expect(footers.slice(1)).toEqual(Array.from({ length: doc.numPages - 1 }, (_, i) => String(i + 2)));
  });

  it('starts each chapter on a new page, headed by the chapter’s title on each of its pages', async () => {
    const chapterEntries = [...full.querySelectorAll('.full-toc > ol:first-of-type > li > a')].map((a) => a.getAttribute('href')!.slice(1));
    expect(chapterEntries).toHaveLength(chapterTitles.length);
    const starts = await Promise.all(chapterEntries.map(async (f) => (await destPage(destName(f)))!));
    expect(starts.every((p, i) => i === 0 || p > starts[i - 1]!)).toBe(true);
    const heads: string[] = [];
    const expected: string[] = [];
    for (let n = starts[0]!; n <= doc.numPages; n++) {
      const items = await pageText(doc, n);
      const top = Math.max(...items.map((i) => i.y));
      heads.push(squash(items.filter((i) => i.y > top - 1).map((i) => i.str).join('')));
      expected.push(squash(chapterTitles[starts.findLastIndex((p) => p <= n)]!));
    }
    expect(heads).toEqual(expected);
  });

  it('embeds its fonts, Noto Sans SC among them, as TrueType (Type 0) fonts, none as Type 3 glyphs', async () => {
    const fonts = new Map<string, { name: string; type: string; embedded: boolean; type3: boolean }>();
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const ops = await page.getOperatorList();
      ops.fnArray.forEach((fn, i) => {
        if (fn !== OPS.setFont) return;
        const f = page.commonObjs.get(ops.argsArray[i][0]) as { name: string; type: string; data?: Uint8Array; missingFile: boolean; isType3Font: boolean };
        fonts.set(f.name, { name: f.name, type: f.type, embedded: !f.missingFile && (f.data?.length ?? 0) > 0, type3: f.isType3Font });
      });
    }
    const list = [...fonts.values()];
    expect(list.filter((f) => /NotoSansSC/.test(f.name) && f.type === 'CIDFontType2' && f.embedded).length).toBeGreaterThan(0);
    expect(list.filter((f) => !f.embedded || f.type3)).toEqual([]);
  });

  it('has contents whose every entry links to the page it gives, and that page holds the entry', async () => {
    const contentsPages = texts.flatMap((t, i) => (t.startsWith('目录') ? [i + 1] : []));
    expect(contentsPages[0]).toBe(2);
    const links: { name: string; given: string }[] = [];
    for (const n of contentsPages) {
      const items = await pageText(doc, n);
      for (const a of await (await doc.getPage(n)).getAnnotations()) {
        if (a.subtype !== 'Link' || typeof a.dest !== 'string') continue;
        const [, y1, x2, y2] = a.rect as number[];
        // The page number is the last text on the link's line, at its right end.
        const onLine = items.filter((i) => i.y >= y1! - 1 && i.y <= y2! && i.x < x2!).sort((p, q) => p.x - q.x);
        links.push({ name: a.dest, given: onLine.at(-1)?.str.trim() ?? '' });
      }
    }
    expect(links.map((l) => l.name)).toEqual(contentsEntries.map((e) => destName(e.fragment)));
    for (const [i, l] of links.entries()) {
      const page = await destPage(l.name);
      expect(l.given, contentsEntries[i]!.text).toBe(String(page));
      expect(squash(texts[page! - 1]!), `page ${page} holds ${contentsEntries[i]!.text}`).toContain(contentsEntries[i]!.text);
    }
  });

  it('keeps every numbered table with its chart, and 图 1, whole on the page where it starts', async () => {
    const figures = contentsEntries.filter((e) => /^[表图]\d/.test(e.text)).map((e) => full.querySelector(`[id="${e.fragment}"]`)!);
    expect(figures.map((f) => f.querySelector('.chart svg, .framework') !== null)).not.toContain(false);
    for (const figure of figures) {
      // Every text the figure prints (cells, chart labels, notes): not its styles or SVG titles, nor the CSV link, which print hides.
      const pieces = [...figure.querySelectorAll('*')]
        .filter((e) => e.children.length === 0 && !e.closest('style, title, desc, a[download]') && squash(e.textContent ?? ''))
        .map((e) => squash(e.textContent!));
      const page = (await destPage(destName(figure.id)))!;
      expect(pieces.filter((p) => !squash(texts[page - 1]!).includes(p)), `${figure.id} on page ${page}`).toEqual([]);
    }
  });

  it('links nowhere outside itself when no SITE_URL is given (the downloads stay as text)', async () => {
    const uris: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      for (const a of await (await doc.getPage(n)).getAnnotations()) if (a.subtype === 'Link' && a.url) uris.push(`${n}: ${a.url}`);
    }
    expect(uris).toEqual([]);
    expect(squash(texts.join(''))).toContain('indices-correlation.csv');
  });

  it('links every cross-reference and citation inside the PDF', async () => {
    const targets = [...full.querySelectorAll('article a.xref, article sup.cite a')].map((a) => a.getAttribute('href')!);
    expect(targets.length).toBeGreaterThan(10);
    expect(targets.every((h) => h.startsWith('#'))).toBe(true);
    const linked = new Set<string>();
    for (let n = 1; n <= doc.numPages; n++) {
      for (const a of await (await doc.getPage(n)).getAnnotations()) if (a.subtype === 'Link' && typeof a.dest === 'string') linked.add(a.dest);
    }
    for (const href of new Set(targets)) {
      expect(linked.has(destName(href.slice(1))), `link to ${href}`).toBe(true);
      expect(await destPage(destName(href.slice(1))), `destination of ${href}`).toBeGreaterThan(2);
    }
  });
});

describe('the print stylesheet', () => {
  it('repeats a table’s header row on every page the table runs over', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const rows = Array.from({ length: 120 }, (_, i) => `<tr><th scope="row">第 ${i + 1} 行</th><td>${i}</td></tr>`).join('');
      await page.setContent(`<!doctype html><html lang="zh-CN"><body><table><caption>长表</caption><thead><tr><th>表头甲</th><th>表头乙</th></tr></thead><tbody>${rows}</tbody></table></body></html>`);
      await page.addStyleTag({ path: resolve('src/styles/print.css') });
      const pdf = await page.pdf({ preferCSSPageSize: true });
      const long = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
      expect(long.numPages).toBeGreaterThanOrEqual(3);
      for (let n = 1; n <= long.numPages; n++) expect((await pageText(long, n)).map((i) => i.str).join(''), `page ${n}`).toContain('表头甲');
    } finally {
      await browser.close();
    }
  });
});

describe('pages for review (pdftoppm)', () => {
  const pngDir = resolve('screenshots');
  /** Renders page `n` of the PDF to screenshots/<name>.png at 80 dpi; returns its width and height. */
  const render = (n: number, name: string) => {
    mkdirSync(pngDir, { recursive: true });
    const r = spawnSync('pdftoppm', ['-png', '-r', '80', '-f', String(n), '-l', String(n), '-singlefile', pdfPath, resolve(pngDir, name)], { encoding: 'utf8' });
    if (r.error) throw new Error('pdftoppm 未安装：请安装 Debian 的 poppler-utils（apt-get install poppler-utils）');
    expect(r.status, r.stderr).toBe(0);
    const png = readFileSync(resolve(pngDir, `${name}.png`));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
  };

  /** The mean grey level (0 black … 255 white) of page `n`, rendered small as a binary PGM. */
  const meanGrey = (n: number) => {
    const pgm = spawnSync('pdftoppm', ['-gray', '-r', '20', '-f', String(n), '-l', String(n), '-singlefile', pdfPath], { maxBuffer: 16 * 1024 * 1024 }).stdout;
    const [, w, h] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 32).toString('latin1'))!.map(Number);
    const pixels = pgm.subarray(pgm.length - w! * h!);
    return pixels.reduce((sum, v) => sum + v, 0) / pixels.length;
  };

  it('renders the cover, the contents, and the page of 表 1 with its chart, as light A4 sheets', async () => {
    const table1 = full.querySelector('figure.report-table')!;
    expect(table1.querySelector('.chart svg')).not.toBeNull();
    const tablePage = (await destPage(destName(table1.id)))!;
    for (const [n, name] of [[1, 'pdf-cover'], [2, 'pdf-contents'], [tablePage, 'pdf-table']] as const) {
      const { width, height } = render(n, name);
      expect(height / width).toBeCloseTo(297 / 210, 2);
      // Dark text and a few bars on white paper: the page is nearly all white.
      expect(meanGrey(n), `page ${n}`).toBeGreaterThan(220);
    }
  });
});
