import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { questionnaire } from '../helpers/questionnaire.ts';
import { responseAt } from '../helpers/responseAt.ts';
import { loadDataset } from '../../src/survey/loadDataset.ts';
import { decodeText } from '../../src/survey/read/decodeText.ts';
import { nextRecord, readCsv } from '../../src/survey/read/readCsv.ts';
import { responseValidator } from '../../src/survey/validate/validateResponses.ts';
import { checkCsv, columnOf, header, responseCsv, toCsv, validRow } from '../helpers/responseFile.ts';

const dir = mkdtempSync(join(tmpdir(), 'survey-read-'));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('CSV encodings', () => {
  it('reads UTF-8 without a BOM', async () => {
    const r = await loadDataset(file('plain.csv', responseCsv([{ 3: '清华大学图书馆' }])), questionnaire);
    expect(r.ok && responseAt(r.dataset, 0).name).toBe('清华大学图书馆');
  });

  it('reads UTF-8 with a BOM (the first header cell is still 序号)', async () => {
    const r = await loadDataset(file('bom.csv', '\ufeff' + responseCsv([{}, {}])), questionnaire);
    expect(r.ok && r.dataset.serials).toEqual(['1', '2']);
  });

  it('reads GB18030 (what a Chinese-locale Excel writes)', async () => {
    const bytes = iconv.encode(responseCsv([{ 3: '复旦大学图书馆', 9: '资源荐购┋心理健康服务' }]), 'gb18030');
    expect(decodeText(bytes)).toMatchObject({ ok: true, encoding: 'gb18030' });
    const r = await loadDataset(file('gbk.csv', bytes), questionnaire);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(responseAt(r.dataset, 0).name).toBe('复旦大学图书馆');
      expect(responseAt(r.dataset, 0).choices[9]).toEqual([0, 22]);
    }
  });

  it('reports each invalid byte sequence of a mostly valid GB18030 file at its line and column', async () => {
    // Row 2 (line 3): a 0xFF byte inside the free-text answer of 题7; row 3 (line 4): another 0xFF in 题3 (never a GB18030 lead byte).
    const marker = '〔坏字节〕';
    const text = responseCsv([{ 3: '复旦大学图书馆' }, { 7: `我们开展了${marker}读书月活动` }, { 3: `某${marker}大学图书馆` }]);
    const [before, middle, after] = text.split(marker) as [string, string, string];
    const bytes = Buffer.concat([iconv.encode(before, 'gb18030'), Buffer.from([0xff]), iconv.encode(middle, 'gb18030'), Buffer.from([0xff]), iconv.encode(after, 'gb18030')]);
    expect(decodeText(bytes)).toMatchObject({ ok: true, encoding: 'gb18030', undecodable: 2 });
    const r = await loadDataset(file('gbk-bad-bytes.csv', bytes), questionnaire);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => [e.line, e.serial, e.column, e.value])).toEqual([
        [3, '2', columnOf(7), '我们开展了\ufffd读书月活动'],
        [4, '3', columnOf(3), '某\ufffd大学图书馆'],
      ]);
      expect(r.errors[0]!.message).toMatch(/^含有不是 GB18030（GBK）编码的字节/);
    }
  });

  it('rejects a file that is neither UTF-8 nor GB18030 with one file-level error', async () => {
    const latin1 = Buffer.from('序号,提交答卷时间\n1,caf\u00e9,na\u00efve\n'.replace(/[^\x00-\xff]/g, '?'), 'latin1');
    const r = await loadDataset(file('latin1.csv', latin1), questionnaire);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]!.line).toBeUndefined();
      expect(r.errors[0]!.message).toMatch(/^无法识别的文件编码/);
    }
  });

  it('rejects binary content (NUL bytes) and UTF-16', () => {
    expect(decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toMatchObject({ ok: false });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toMatchObject({ ok: false });
  });

  it('reports a file whose text is longer than one string can hold, instead of reading it as another encoding', () => {
    const r = decodeText(Buffer.alloc(0x1fffffe8 + 1, 0x61));
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.message).toMatch(/^文件太大（537 MB）：/);
  });
});

describe('nextRecord', () => {
  it('finds where each record starts as d3-dsv reads it: doubled quotes, quoted CRLF, a stray character after a closing quote, a lone CR', () => {
    const text = 'a,"b""c\r\nd",e\r\n"x"?,y\r"p\nq",""\n';
    const rows = csvParseRows(text);
    expect(rows).toEqual([['a', 'b"c\r\nd', 'e'], ['x', '', 'y'], ['p\nq', '']]);
    const starts: number[] = [];
    const lineBreaks: number[] = [];
    let at = 0;
    for (const cells of rows) {
      starts.push(at);
      const r = nextRecord(text, at, cells);
      lineBreaks.push(r.lineBreaks);
      at = r.next;
    }
    expect(starts).toEqual([0, text.indexOf('"x"'), text.indexOf('"p')]);
    expect(lineBreaks).toEqual([1, 0, 1]);
    expect(at).toBe(text.length);
  });
});

describe('nextRecord on random CSV text', () => {
  /** mulberry32, so that a failure can be replayed. */
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pieces = ['a', '中', ',', '"', '""', '\n', '\r\n', '\r', ' '];

  it('puts every record where d3-dsv, reading from that offset, finds the same record', () => {
    const next = random(20231);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
    for (let trial = 0; trial < 300; trial++) {
      // Fields quoted (sometimes with a stray character after the closing quote) or not, with any of the characters that matter; records ended by LF, CRLF or CR.
      let text = '';
      const records = 1 + Math.floor(next() * 5);
      for (let r = 0; r < records; r++) {
        const fields = 1 + Math.floor(next() * 4);
        for (let f = 0; f < fields; f++) {
          const body = Array.from({ length: Math.floor(next() * 4) }, () => pick(pieces)).join('');
          text += (f > 0 ? ',' : '') + (next() < 0.5 ? `"${body.replace(/"/g, '""')}"${next() < 0.2 ? 'x' : ''}` : body.replace(/[",\r\n]/g, 'b'));
        }
        text += pick(['\n', '\r\n', '\r']);
      }
      const rows = csvParseRows(text);
      let at = 0;
      for (const [r, cells] of rows.entries()) {
        expect(csvParseRows(text.slice(at))[0], `trial ${trial}, record ${r}: ${JSON.stringify(text)}`).toEqual(cells);
        at = nextRecord(text, at, cells).next;
      }
    }
  });
});

describe('CSV structure', () => {
  it('reads \\r\\n line endings and keeps line numbers', () => {
    const r = checkCsv(responseCsv([{}, { 9: '资源推荐' }], '\r\n'));
    expect(r.errors.map((e) => [e.line, e.value])).toEqual([[3, '资源推荐']]);
    expect(Array.from(checkCsv(responseCsv([{}, {}], '\r\n')).dataset!.lines)).toEqual([2, 3]);
  });

  it('ignores trailing empty lines', () => {
    const r = checkCsv(responseCsv([{}, {}]) + '\n\n\r\n');
    expect(r.errors).toEqual([]);
    expect(r.dataset!.size).toBe(2);
  });

  it('reports an empty line between responses', () => {
    const lines = responseCsv([{}, {}]).split('\n');
    lines.splice(2, 0, '');
    const r = checkCsv(lines.join('\n'));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ severity: 'error', line: 3 });
    expect(r.errors[0]!.message).toMatch(/^空行/);
  });

  it('gives the physical line where a record starts, across quoted line breaks', () => {
    const text = responseCsv([{ 7: '第一行\n第二行\r\n第三行' }, { 9: '资源推荐' }]);
    const r = checkCsv(text);
    expect(r.errors.map((e) => [e.line, e.serial])).toEqual([[5, '2']]);
  });

  it('follows records across doubled quotes, quoted CRLF breaks and a stray character after a closing quote', () => {
    // Row 1 spans lines 2–4 (a field with doubled quotes and a CRLF, then one with a LF); row 2 (line 5) has `"…"x`,
    // which d3-dsv reads as one more field; row 3 spans lines 6–7 with a quoted line break of its own; row 4 is on line 8.
    const row1 = validRow(1, { 7: '他说"好"\r\n第二行', 8: '第一行\n第二行' });
    const row2 = toCsv([validRow(2, { 7: '好' })], '\r\n').replace(',好,', ',"好"x,');
    const text = toCsv([header, row1], '\r\n') + row2 + toCsv([validRow(3, { 7: '"甲\n乙"', 9: '资源推荐' }), validRow(4, { 9: '资源推荐' })], '\r\n');
    const r = checkCsv(text);
    expect(r.errors.map((e) => [e.line, e.serial, e.value ?? null])).toEqual([
      [5, '2', null],
      [6, '3', '资源推荐'],
      [8, '4', '资源推荐'],
    ]);
  });

  it('reads RFC 4180 quoting: commas and doubled quotes inside a field', () => {
    const r = checkCsv(responseCsv([{ 3: '某"大学",图书馆' }]));
    expect(responseAt(r.dataset!, 0).name).toBe('某"大学",图书馆');
  });

  it('reports an unterminated quote at EOF (a truncated file) at the line its record starts, and still checks the rest', () => {
    const text = toCsv([header, validRow(1, { 9: '资源推荐' })]) + toCsv([validRow(2)]).replace(/\n$/, '').replace(/,$/, ',"建议：\n加强馆员培训');
    const r = checkCsv(text);
    expect(r.errors.map((e) => [e.line, e.serial ?? null, e.value ?? null])).toEqual([
      [2, '1', '资源推荐'],
      [3, '2', null],
    ]);
    expect(r.errors[1]!.message).toContain('引号直到文件末尾都没有闭合');
  });

  it('reads the committed truncated fixture without throwing', async () => {
    const r = await loadDataset('tests/fixtures/unterminated-quote.csv', questionnaire);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => [e.line, e.serial])).toEqual([[3, '2']]);
  });

  it('reports a row with fewer fields than the header', () => {
    const row = validRow(2).slice(0, -1);
    const r = checkCsv(toCsv([header, validRow(1), row]));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ severity: 'error', line: 3, serial: '2' });
    expect(r.errors[0]!.message).toBe(`这一行有 ${header.length - 1} 个字段，表头有 ${header.length} 个：文件可能被截断，或值中的逗号、引号、换行没有按 CSV 规则加引号`);
  });

  it('reports a row with more fields than the header', () => {
    const r = checkCsv(toCsv([header, [...validRow(1), '多余']]));
    expect(r.errors.map((e) => e.line)).toEqual([2]);
    expect(r.errors[0]!.message).toContain(`有 ${header.length + 1} 个字段`);
  });

  it('reports an empty file', () => {
    expect(readCsv('e.csv', '', responseValidator('e.csv', questionnaire)).map((p) => p.message)).toEqual(['文件是空的：没有表头，也没有答卷']);
  });

  it('reports a header without responses', () => {
    expect(checkCsv(toCsv([header])).errors.map((e) => e.message)).toEqual(['文件中没有答卷：表头之后没有数据行']);
  });
});

describe('XLSX', () => {
  async function xlsx(name: string, rows: unknown[][]): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('答卷');
    for (const r of rows) ws.addRow(r);
    wb.addWorksheet('其他表').addRow(['不读这一页']);
    const path = join(dir, name);
    await wb.xlsx.writeFile(path);
    return path;
  }

  it('reads the first sheet, numbers and dates as the CSV export would write them', async () => {
    const row = validRow(1, { 31: '' }) as unknown[];
    row[0] = 1; // 序号 as a number
    row[1] = new Date(Date.UTC(2023, 4, 6, 9, 5, 3)); // a date cell: Excel keeps wall-clock time
    row[6 + 1] = 13800000000; // 手机号 as a number
    const r = await loadDataset(await xlsx('ok.xlsx', [header, row, validRow(2)]), questionnaire);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.dataset.warnings).toEqual([]);
      expect(r.dataset.serials.map((s, k) => [s, r.dataset.lines[k]])).toEqual([
        ['1', 2],
        ['2', 3],
      ]);
      expect(responseAt(r.dataset, 0).submittedAt?.toISOString()).toBe('2023-05-06T01:05:03.000Z');
    }
  });

  it('reports problems with the sheet row number', async () => {
    const r = await loadDataset(await xlsx('bad.xlsx', [header, validRow(1), validRow(2, { 9: '资源推荐' })]), questionnaire);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => [e.line, e.serial, e.column, e.value])).toEqual([[3, '2', columnOf(9), '资源推荐']]);
  });

  it('reports a file that is not a workbook', async () => {
    const r = await loadDataset(file('fake.xlsx', 'not a zip'), questionnaire);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/^无法读取 xlsx 文件/);
  });
});

describe('files that cannot be read', () => {
  it('reports a missing file as one error, never a throw', async () => {
    const r = await loadDataset(join(dir, 'nope.csv'), questionnaire);
    expect(r).toEqual({ ok: false, errors: [{ severity: 'error', file: join(dir, 'nope.csv'), message: '找不到这个文件' }], warnings: [] });
  });

  it('reports an unsupported extension', async () => {
    const r = await loadDataset(file('x.txt', 'a'), questionnaire);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toContain('应为 .csv 或 .xlsx');
  });
});
