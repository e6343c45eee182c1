/** The builds the site tests read (made once by globalSetup.ts) and helpers to read them. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { parseRaw, type RawTable } from '../helpers/rawTally.ts';

export const out = resolve('test-results/site-build');
/** The site built from the shipped 2023 sample. */
export const dist2023 = resolve(out, 'dist-2023');
/** A second, different valid response file (XLSX) and the site built from it. */
export const altData = resolve(out, 'alt-responses.xlsx');
export const distAlt = resolve(out, 'dist-alt');

/**
 * The second file's header and rows: the sample without every fourth
 * response (stage-4 libraries among them), and with 图书馆主页/APP unticked in
 * the first ten that remain, so no table, share or list stays as published.
 */
export function altRows(): RawTable {
  const { header, rows } = parseRaw(readFileSync(resolve('data/responses.csv'), 'utf8'));
  const q4 = header.findIndex((h) => h.startsWith('4、'));
  const kept = rows.filter((_, i) => i % 4 !== 1).map((row, i) => {
    if (i < 10) row[q4] = row[q4]!.split('┋').filter((o) => o !== '图书馆主页/APP').join('┋');
    return row;
  });
  return { header, rows: kept };
}
/** A broken response file, and what happened when a build over dist-2023 was tried with it. */
export const badData = resolve(out, 'bad-responses.csv');
export const badBuildRecord = resolve(out, 'bad-build.json');

/** What the build of dist-2023 and of dist-alt printed. */
export const build2023Log = resolve(out, 'build-2023.log');
export const buildAltLog = resolve(out, 'build-alt.log');
/** A copy of the report (REPORT_ROOT) with a chapter whose component prop has a typo, and what its build did. */
export const typoRoot = resolve(out, 'typo-report');
export const typoChapter = 'content/chapters/99-typo.mdx';
export const typoBuildRecord = resolve(out, 'typo-build.json');
export const distTypo = resolve(out, 'dist-typo');

export interface BadBuild {
  status: number | null;
  output: string;
  /** Every file of dist-2023 with its content hash, before and after the failed build. */
  before: Record<string, string>;
  after: Record<string, string>;
}

/** The parsed HTML of a built page (`results/` → results/index.html). */
export function page(dist: string, path: string): Document {
  return parseHTML(readFileSync(resolve(dist, path, 'index.html'), 'utf8')).document as unknown as Document;
}

export interface HtmlTable {
  caption: string;
  /** Group header rows (表7) in order. */
  groups: string[];
  rows: { label: string; count: number; percent: string; group?: string }[];
}

/** A frequency table as a reader sees it: caption, and each row's label, count and percent. */
export function readTable(figure: Element): HtmlTable {
  const table = figure.querySelector('table')!;
  const rows: HtmlTable['rows'] = [];
  const groups: string[] = [];
  for (const body of table.querySelectorAll('tbody')) {
    const group = body.querySelector('tr.group-row th')?.textContent?.trim();
    if (group) groups.push(group);
    for (const tr of body.querySelectorAll('tr:not(.group-row)')) {
      const [count, percent] = [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim());
      rows.push({ label: tr.querySelector('th')!.textContent!.trim(), count: Number(count), percent: percent!, ...(group ? { group } : {}) });
    }
  }
  return { caption: table.querySelector('caption')!.textContent!.replace(/\s+/g, ' ').trim(), groups, rows };
}

/** The figures of a page that carry a numbered table, in reading order. */
export function numberedTables(doc: Document): Element[] {
  return [...doc.querySelectorAll('figure.report-table')].filter((f) => /^表 \d+/.test(f.querySelector('caption')?.textContent?.trim() ?? ''));
}
