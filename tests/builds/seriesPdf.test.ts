/**
 * `npm run pdf` on a series folder (examples/reading-series), as a maintainer
 * runs it: every edition printed to a PDF of its own, in its own folder,
 * linked with its size from its own home and 全文 pages only; and a broken
 * series stops it with a message, leaving the built site as it was.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFileSize, pdfFileName } from '../../src/publish/pdfDownload.ts';
import { displayPath } from '../../src/report/displayPath.ts';
import { shellEnv } from '../helpers/shellEnv.ts';

const source = 'examples/reading-series';
const tmp = mkdtempSync(join(tmpdir(), 'series-pdf-'));
const dist = join(tmp, 'dist');

/** Runs `npm run pdf`'s script on the series folder `root` into `dist`. */
function pdf(root: string) {
  return spawnSync(process.execPath, ['scripts/pdf.ts'], {
    encoding: 'utf8',
    // No SITE_URL: the PDFs link nothing outside themselves.
    env: { ...shellEnv(), ASTRO_TELEMETRY_DISABLED: '1', REPORT_ROOT: root, REPORT_DIST: dist, SITE_URL: '', SOURCE_DATE_EPOCH: '1700000000' },
  });
}

/** Each edition of the example: its id, label, metadata, and the PDF it should ship. */
const editions = (JSON.parse(readFileSync(join(source, 'series.json'), 'utf8')) as { editions: { id: string; label: string }[] }).editions.map(({ id, label }) => {
  const meta = JSON.parse(readFileSync(join(source, id, 'content/report.json'), 'utf8')) as { title: string; edition: string };
  const name = pdfFileName(meta);
  return { id, label, meta, name, file: join(dist, id, name), href: `/${id}/${encodeURIComponent(name)}` };
});

/** The text of a PDF's pages, whitespace removed (pdf.js splits lines and runs where the layout does). */
async function pdfPages(file: string): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 });
  const doc = await task.promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const { items } = await (await doc.getPage(n)).getTextContent();
    pages.push(items.map((i) => ('str' in i ? i.str : '')).join('').replace(/\s+/g, ''));
  }
  await task.destroy();
  return pages;
}

/** The PDF download link of a built page (`''` home, `full` 全文 page) of edition `id`. */
function pdfLink(id: string, page: string): Element | null {
  return parseHTML(readFileSync(join(dist, id, page, 'index.html'), 'utf8')).document.querySelector('.pdf-download a');
}

let run: ReturnType<typeof pdf>;
const texts = new Map<string, string[]>();
beforeAll(async () => {
  run = pdf(source);
  if (run.status !== 0) throw new Error(`${run.stdout}\n${run.stderr}`);
  for (const e of editions) texts.set(e.id, await pdfPages(e.file));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run pdf with REPORT_ROOT naming a series folder', () => {
  it('the example has two editions whose PDFs are named apart', () => {
    expect(editions.map((e) => e.id)).toEqual(['2024', '2025']);
    expect(new Set(editions.map((e) => e.name)).size).toBe(2);
  });

  it('each edition’s folder holds its own PDF and no other; the series root holds none', () => {
    for (const e of editions) expect(readdirSync(join(dist, e.id)).filter((f) => f.endsWith('.pdf')), e.id).toEqual([e.name]);
    expect(readdirSync(dist).filter((f) => f.endsWith('.pdf'))).toEqual([]);
  });

  it('each edition’s home and 全文 page link its own PDF with its size, and not the other edition’s', () => {
    for (const e of editions) {
      const others = editions.filter((o) => o !== e);
      for (const page of ['', 'full']) {
        const link = pdfLink(e.id, page);
        expect(link, `${e.id}/${page}: PDF link`).not.toBeNull();
        expect(link!.getAttribute('href')).toBe(e.href);
        expect(link!.parentElement!.textContent).toContain(formatFileSize(statSync(e.file).size));
        const html = readFileSync(join(dist, e.id, page, 'index.html'), 'utf8');
        for (const o of others) expect(html).not.toContain(o.href);
      }
    }
  });

  it('each PDF is its edition’s report: several pages, a cover with the title and that edition’s label only', () => {
    for (const e of editions) {
      const pages = texts.get(e.id)!;
      expect(pages.length, e.id).toBeGreaterThan(1);
      expect(pages[0]).toContain(e.meta.title);
      expect(pages[0]).toContain(`（${e.meta.edition.replace(/\s+/g, '')}）`);
      for (const o of editions.filter((o) => o !== e)) expect(pages[0]).not.toContain(o.meta.edition.replace(/\s+/g, ''));
    }
  });

  it('the earlier edition’s PDF leaves out the site’s “有新版本” banner', () => {
    expect(texts.get('2024')!.join('')).not.toContain('这一系列已有新版本');
  });

  it('prints one line per edition: the file, its pages and size, and whose pages link it', () => {
    const lines = run.stdout.trim().split('\n').slice(-editions.length);
    expect(lines).toEqual(
      editions.map((e) => `PDF：${displayPath(e.file)}（${texts.get(e.id)!.length} 页，${formatFileSize(statSync(e.file).size)}），已链接到${e.label}的首页与全文页。`),
    );
  });

  it('a broken series stops it with the problem, and the built site stays as it was', () => {
    const broken = join(tmp, 'broken');
    mkdirSync(broken);
    const series = JSON.parse(readFileSync(join(source, 'series.json'), 'utf8'));
    writeFileSync(join(broken, 'series.json'), JSON.stringify({ ...series, $schema: undefined, editions: [{ id: '2024', label: '2024 版' }] }));
    const before = readdirSync(dist, { recursive: true, encoding: 'utf8' }).sort();
    const pdfsBefore = editions.map((e) => readFileSync(e.file));
    const r = pdf(broken);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('找不到版本文件夹');
    expect(r.stderr.trim().split('\n').at(-1)).toBe(`未生成 PDF，${displayPath(dist)}/ 保持原样。`);
    expect(readdirSync(dist, { recursive: true, encoding: 'utf8' }).sort()).toEqual(before);
    expect(editions.map((e) => readFileSync(e.file))).toEqual(pdfsBefore);
  });
});
