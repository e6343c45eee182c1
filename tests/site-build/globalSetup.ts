/**
 * Builds what the site tests read, once per run: the 2023 sample site, a site
 * from a second valid file (derived from the sample so every figure moves),
 * a failed build with a broken file over the 2023 site, recording its
 * files before and after, and a failed build of a report copy whose chapter
 * has a typo in a component prop. What each build printed is kept.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import ExcelJS from 'exceljs';
import { buildSite, buildSiteOrThrow } from '../helpers/buildSite.ts';
import { altData, altRows, badBuildRecord, badData, build2023Log, buildAltLog, dist2023, distAlt, distTypo, out, typoBuildRecord, typoChapter, typoRoot, type BadBuild } from './builds.ts';

function fileHashes(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else hashes[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return hashes;
}

/** A second valid file (see `altRows`), as an Excel workbook. */
async function writeAltFile() {
  const { header, rows } = altRows();
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sheet1').addRows([header, ...rows]);
  await workbook.xlsx.writeFile(altData);
}

/** A broken file: one response ticks an option 题9 does not have. */
function writeBadFile() {
  const [header, ...rows] = csvParseRows(readFileSync(resolve('data/responses.csv'), 'utf8').replace(/^\uFEFF/, ''));
  const q9 = header!.findIndex((h) => h.startsWith('9、'));
  rows[2]![q9] = `${rows[2]![q9]}┋资源推荐`;
  writeFileSync(badData, `${csvFormatRows([header!, ...rows])}\n`);
}

/** A copy of the report's content and data with one more chapter, whose `<Pct>` names 「校有」 (meant: 校友) on line 9. */
function writeTypoReport() {
  for (const dir of ['content', 'data']) cpSync(resolve(dir), resolve(typoRoot, dir), { recursive: true });
  const chapter = ['---', 'title: 临时章节', 'order: 99', 'description: 含一处笔误的临时章节', '---', '', '## 一节', '', '校友占 <Pct question={6} option="校有" />。', ''];
  writeFileSync(resolve(typoRoot, typoChapter), chapter.join('\n'));
}

export default async function setup() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(build2023Log, buildSiteOrThrow('2023 sample', { REPORT_DIST: dist2023 }));
  await writeAltFile();
  writeFileSync(buildAltLog, buildSiteOrThrow('second data file', { REPORT_DIST: distAlt, REPORT_DATA: altData, REPORT_LIBRARY_ORDER: resolve('data/library-order.csv') }));
  writeTypoReport();
  writeFileSync(typoBuildRecord, JSON.stringify(buildSite({ REPORT_ROOT: typoRoot, REPORT_DIST: distTypo })));
  writeBadFile();
  const before = fileHashes(dist2023);
  const { status, output } = buildSite({ REPORT_DIST: dist2023, REPORT_DATA: badData });
  const record: BadBuild = { status, output, before, after: fileHashes(dist2023) };
  writeFileSync(badBuildRecord, JSON.stringify(record));
}
