import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { questionnaire } from '../helpers/questionnaire.ts';
import { publishedStageFourLibraries } from '../../scripts/sample/published-2023.ts';
import { dist2023 } from './builds.ts';

/** Every file of the built site as text; Pagefind's compressed index and fragments unpacked. */
function siteText(dir: string): string {
  const parts: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const bytes = readFileSync(p);
        const gz = bytes[0] === 0x1f && bytes[1] === 0x8b;
        parts.push((gz ? gunzipSync(bytes) : bytes).toString('utf8'));
      }
    }
  };
  walk(dir);
  return parts.join('\n');
}

const [header, ...rows] = csvParseRows(readFileSync(resolve('data/responses.csv'), 'utf8').replace(/^\uFEFF/, ''));
const column = (prefix: string) => header!.findIndex((h) => h === prefix || h.startsWith(`${prefix}、`));
const cells = (prefix: string) => rows.map((r) => r[column(prefix)]!.trim()).filter((v) => v && v !== '(空)' && v !== '(跳过)');

describe('personal and unreviewed data never reach the site', () => {
  const site = siteText(dist2023);
  const free = questionnaire.questions.filter((q) => q.type === 'text' && q.role !== 'name').map((q) => String(q.number));
  const leaks = (values: string[]) => values.filter((v) => site.includes(v));

  it('names, phone numbers, IP addresses and uploaded file names', () => {
    for (const values of [cells('1'), cells('2'), cells('来自IP'), cells('31')]) {
      expect(values.length).toBeGreaterThan(0);
      expect(leaks(values)).toEqual([]);
    }
    // the IPs without their place names, in case only the address is shown
    expect(leaks(cells('来自IP').map((v) => v.replace(/\(.*$/, '')))).toEqual([]);
  });

  it('free-text answers and the text of write-ins', () => {
    const answers = free.flatMap(cells);
    expect(answers.length).toBeGreaterThan(0);
    expect(leaks(answers)).toEqual([]);
    // A write-in such as 〖QQ群〗 may also be a word of the report's own text; only the others can show a leak.
    const reportText = readdirSync('content/chapters').map((f) => readFileSync(join('content/chapters', f), 'utf8')).join('\n');
    const writeIns = rows
      .flatMap((r) => r.flatMap((cell) => [...cell.matchAll(/〖([^〗]+)〗/g)].map((m) => m[1]!)))
      .filter((w) => !reportText.includes(w));
    expect(writeIns.length).toBeGreaterThan(20);
    expect(leaks(writeIns)).toEqual([]);
  });

  it('library names other than those the report names', () => {
    const others = cells('3').filter((name) => !publishedStageFourLibraries.includes(name));
    expect(others.length).toBeGreaterThan(100);
    expect(leaks(others)).toEqual([]);
    expect(leaks(publishedStageFourLibraries)).toEqual(publishedStageFourLibraries);
  });
});
