/**
 * The validator on the scale, matrix and ranking questions of
 * tests/survey/fixtures/scales/: what a valid file stores, and every cell and
 * header error located by line, column and value.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/survey/loadDataset.ts';
import { NOT_APPLICABLE, NO_POINT, type AnswerColumn, type Problem } from '../../src/survey/types.ts';
import { validateResponses } from '../../src/survey/validate/validateResponses.ts';
import { loadValidQuestionnaire } from '../helpers/questionnaire.ts';
import { checkSmall, smallQuestionnaire } from '../helpers/smallSurvey.ts';

const fixtures = join(import.meta.dirname, 'fixtures/scales');
const qn = loadValidQuestionnaire(join(fixtures, 'questionnaire.json'));
const [fileHeader, ...fileRows] = csvParseRows(readFileSync(join(fixtures, 'responses.csv'), 'utf8'));
const header = fileHeader!;

/** The header of the fixture with the columns named in `renamed` (old → new) renamed. */
function headerWith(renamed: Record<string, string>): string[] {
  return header.map((h) => renamed[h] ?? h);
}

/** Row k (0-based) of the fixture with cells replaced by column header. */
function rowWith(k: number, overrides: Record<string, string> = {}): string[] {
  const row = [...fileRows[k]!];
  for (const [column, value] of Object.entries(overrides)) {
    const i = header.indexOf(column);
    if (i < 0) throw new Error(`no column ${column}`);
    row[i] = value;
  }
  return row;
}

/** The problems of a file of the fixture's header `h` and the given rows (data row k on line k + 2). */
function check(rows: string[][], h: string[] = header) {
  return validateResponses('scales.csv', qn, h, rows.map((cells, i) => ({ line: i + 2, cells })));
}

/** The only error of a file whose first row is the fixture's and whose second (line 3, 序号 2) has `overrides`. */
function onlyError(overrides: Record<string, string>): Problem {
  const r = check([rowWith(0), rowWith(1, overrides)]);
  expect(r.errors).toHaveLength(1);
  expect(r.dataset).toBeNull();
  return r.errors[0]!;
}

/** The stored values of an answer column, whatever its kind. */
function stored(c: AnswerColumn | undefined): number[] {
  if (c === undefined) return [];
  if (c.type === 'scale') return Array.from(c.points);
  if (c.type === 'matrixSingle' || c.type === 'single') return Array.from(c.picks);
  if (c.type === 'matrixMultiple' || c.type === 'multiple') return Array.from(c.bits);
  if (c.type === 'ranking') return Array.from(c.ranks);
  return Array.from(c.values);
}

const Q1 = '1、总体而言，您对图书馆的服务满意吗';
const Q3 = '3、您向朋友推荐本馆的可能性有多大';
const Q6 = '6、请对以下服务按重要性排序';

describe('a valid file of every new type', () => {
  it('loads, storing each row’s point, pick, options and ranks', async () => {
    const r = await loadDataset(join(fixtures, 'responses.csv'), qn);
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    const d = r.dataset;
    expect(d.size).toBe(6);
    expect(d.warnings).toEqual([]);
    // 满意, 非常满意, 一般, “4” (a score), 不满意, 满意: point positions.
    expect(stored(d.answers[1])).toEqual([3, 4, 2, 3, 1, 3]);
    // Four rows per response; row 2 of response 2 is 不适用. The reverse row is stored as chosen (it is reversed when scored).
    expect(stored(d.answers[2]).slice(0, 8)).toEqual([3, 4, 2, 1, 4, 3, NOT_APPLICABLE, 0]);
    // NPS labels are the scores: 9 → position 9.
    expect(stored(d.answers[3])).toEqual([9, 10, 7, 8, 3, 10]);
    // Matrix single, two rows: response 4 left 自习 (空).
    expect(stored(d.answers[4]).slice(6, 8)).toEqual([0, NO_POINT]);
    // Matrix multiple, one word per row: 微信┋海报 = bits 0 and 2 = 5; 网站 = bit 1 = 2.
    expect(stored(d.answers[5]).slice(0, 2)).toEqual([5, 2]);
    // Ranking in one cell: 借阅→自习→讲座; 自习→借阅→讲座.
    expect(stored(d.answers[6]).slice(0, 6)).toEqual([1, 2, 3, 2, 1, 3]);
    // Ranking in one column per option (rankTop 2): 空调 1, 座位 2; then 座位 1, 网络 2.
    expect(stored(d.answers[7]).slice(0, 8)).toEqual([1, 2, 0, 0, 0, 1, 2, 0]);
    expect(Array.from(d.answered[2]!)).toEqual([1, 1, 1, 1, 1, 1]);
    // Response 4 answered 借阅 of 题4, so the question is answered.
    expect(Array.from(d.answered[4]!)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('reads the same answers from an XLSX export whose scores and ranks are number cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('答卷');
    ws.addRow(header);
    for (const row of fileRows) ws.addRow(row.map((cell) => (/^\d+$/.test(cell) ? Number(cell) : cell)));
    const path = join(mkdtempSync(join(tmpdir(), 'scales-')), 'responses.xlsx');
    await wb.xlsx.writeFile(path);
    const fromXlsx = await loadDataset(path, qn);
    const fromCsv = await loadDataset(join(fixtures, 'responses.csv'), qn);
    if (!fromXlsx.ok || !fromCsv.ok) throw new Error('both files should load');
    for (const n of [1, 2, 3, 4, 5, 6, 7]) expect(stored(fromXlsx.dataset.answers[n])).toEqual(stored(fromCsv.dataset.answers[n]));
  });

  it('reads scores for labels, full-width digits, and 不适用', () => {
    const r = check([rowWith(0, { [Q1]: '5', '2(服务态度)': '不适用', [Q3]: '１０' })]);
    expect(r.errors).toEqual([]);
    expect(stored(r.dataset!.answers[1])).toEqual([4]);
    expect(stored(r.dataset!.answers[2])[0]).toBe(NOT_APPLICABLE);
    expect(stored(r.dataset!.answers[3])).toEqual([10]);
  });
});

describe('headers of matrix rows and ranking options', () => {
  it('accept `N(行文字)` with ASCII or full-width parentheses and spaces, and `N、题干—行文字` with or without the stem’s final “：”', () => {
    const h = headerWith({ '2(服务态度)': '2（服务态度）', '2(馆藏资源)': ' 2 (馆藏 资源) ', '2、请评价以下方面：—开放时间': '2、请评价以下方面—开放时间', '7(空调)': '7（空调）' });
    const r = check([rowWith(0)], h);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(stored(r.dataset!.answers[2]).slice(0, 4)).toEqual([3, 4, 2, 1]);
  });

  it('report a row the question does not have, with the nearest row', () => {
    const r = check([rowWith(0)], headerWith({ '2(馆藏资源)': '2(馆藏资原)' }));
    expect(r.errors.map((e) => [e.line, e.column, e.value])).toEqual([
      [1, '2(馆藏资原)', '2(馆藏资原)'],
      [1, '2(馆藏资源)', undefined],
    ]);
    expect(r.errors[0]!.message).toBe('第 10 列：第 2 题没有行「馆藏资原」；应为：服务态度、开放时间、馆藏资源、借书手续繁琐；是否是「馆藏资源」？');
    expect(r.errors[1]!.message).toBe('缺少第 2 题第 3 行「馆藏资源」的列；应有一列表头为「2(馆藏资源)」');
  });

  it('report a missing row column and a repeated one', () => {
    const drop = header.indexOf('2(服务态度)');
    const missing = check([rowWith(0).filter((_, i) => i !== drop)], header.filter((_, i) => i !== drop));
    expect(missing.errors.map((e) => [e.line, e.column, e.message])).toEqual([[1, '2(服务态度)', '缺少第 2 题第 1 行「服务态度」的列；应有一列表头为「2(服务态度)」']]);
    const repeated = check([[...rowWith(0), '同意']], [...header, '2（服务态度）']);
    expect(repeated.errors.map((e) => [e.column, e.message])).toEqual([['2（服务态度）', '第 24 列：第 2 题第 1 行「服务态度」的列重复（已在第 8 列）']]);
  });

  it('report a matrix question written in one column', () => {
    const r = check([[...rowWith(0), '同意']], [...header, '2、请评价以下方面：']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toContain('第 2 题是矩阵题，每行一列');
  });

  it('report a ranking written both in one column and one column per option', () => {
    const r = check([[...rowWith(0), '空调→座位']], [...header, '7、请选出最需要改进的两项并排序：']);
    expect(r.errors.map((e) => e.message)).toEqual(['第 7 题既有「7、请选出最需要改进的两项并排序：」一列，又有每个选项一列；排序应只用其中一种写法']);
  });
});

describe('scale cells', () => {
  it('report a label that is not a point, with the nearest point', () => {
    const e = onlyError({ [Q1]: '非常满义' });
    expect(e).toMatchObject({ severity: 'error', file: 'scales.csv', line: 3, serial: '2', column: Q1, value: '非常满义' });
    expect(e.message).toBe('不是本题的量表点；应为：非常不满意、不满意、一般、满意、非常满意（也可写分值：1、2、3、4、5）；是否是「非常满意」？');
  });

  it('report a score that is not a point’s, without a hint when none is near', () => {
    const e = onlyError({ [Q1]: '6' });
    expect(e).toMatchObject({ line: 3, column: Q1, value: '6' });
    expect(e.message).toBe('不是本题的量表点；应为：非常不满意、不满意、一般、满意、非常满意（也可写分值：1、2、3、4、5）');
  });

  it('report 不适用 in a question without it, and an NPS score beyond 10', () => {
    expect(onlyError({ [Q1]: '不适用' }).message).toMatch(/^不是本题的量表点/);
    const e = onlyError({ [Q3]: '11' });
    expect(e).toMatchObject({ column: Q3, value: '11' });
    expect(e.message).toContain('0、1、2、3、4、5、6、7、8、9、10');
  });

  it('report a matrix scale row’s cell at that row’s column', () => {
    const e = onlyError({ '2(馆藏资源)': '同义' });
    expect(e).toMatchObject({ line: 3, column: '2(馆藏资源)', value: '同义' });
    expect(e.message).toBe('不是本题的量表点；应为：非常不同意、不同意、一般、同意、非常同意，或「不适用」（也可写分值：1、2、3、4、5）；是否是「同意」？');
  });

  it('report a required matrix scale row left empty', () => {
    expect(onlyError({ '2(借书手续繁琐)': '' })).toMatchObject({ column: '2(借书手续繁琐)', value: '', message: '必答题未作答' });
  });
});

describe('matrix choice cells', () => {
  it('report an option the matrix does not have, with the nearest', () => {
    const e = onlyError({ '4(借阅)': '每天' });
    expect(e).toMatchObject({ line: 3, column: '4(借阅)', value: '每天' });
    expect(e.message).toMatch(/^不是本题的选项；应为：每周、每月、很少/);
    expect(e.message).toContain('「每周」');
    const m = onlyError({ '5(新书)': '微信┋微博' });
    expect(m).toMatchObject({ column: '5(新书)', value: '微博' });
    expect(m.message).toContain('「微信」');
  });

  it('report two options on a matrix single row, and a repeated option on a matrix multiple row', () => {
    expect(onlyError({ '4(自习)': '每周┋每月' }).message).toContain('单选题只能选一个选项');
    expect(onlyError({ '5(讲座)': '微信┋微信' })).toMatchObject({ column: '5(讲座)', value: '微信', message: '选项「微信」重复出现' });
  });

  it('report a required matrix multiple row left (空)', () => {
    expect(onlyError({ '5(讲座)': '(空)' })).toMatchObject({ column: '5(讲座)', value: '(空)', message: '必答题未作答' });
  });
});

describe('ranking cells', () => {
  const top2 = smallQuestionnaire([{ number: 1, type: 'ranking', text: '最需要改进的两项', required: true, rankTop: 2, options: [{ text: '空调' }, { text: '座位' }, { text: '网络' }] }]);

  it('accept a rankTop ranking in one cell of k options or fewer, and report one of more than k', () => {
    const ok = checkSmall(top2, ['1、最需要改进的两项'], [['座位→空调'], ['网络']]);
    expect(ok.errors).toEqual([]);
    expect(stored(ok.dataset!.answers[1])).toEqual([2, 1, 0, 0, 0, 1]);
    const over = checkSmall(top2, ['1、最需要改进的两项'], [['座位→空调→网络']]);
    expect(over.errors.map((e) => [e.line, e.column, e.value, e.message])).toEqual([[2, '1、最需要改进的两项', '座位→空调→网络', '本题最多排 2 项，这里排了 3 项']]);
  });

  it('report an option the question does not have, with the nearest', () => {
    const e = onlyError({ [Q6]: '借阅→自学→讲座' });
    expect(e).toMatchObject({ line: 3, serial: '2', column: Q6, value: '自学' });
    expect(e.message).toBe('不是本题的选项；应为：借阅、自习、讲座；是否是「自习」？');
  });

  it('report an option ranked twice', () => {
    const e = onlyError({ [Q6]: '借阅→借阅→讲座' });
    expect(e).toMatchObject({ column: Q6, value: '借阅', message: '选项「借阅」重复出现（第 1 位与第 2 位）' });
  });

  it('report a rankAll ranking that leaves an option out, and an empty place', () => {
    expect(onlyError({ [Q6]: '借阅→自习' })).toMatchObject({ column: Q6, value: '借阅→自习', message: '本题应给全部 3 个选项排序，这里只排了 2 项' });
    expect(onlyError({ [Q6]: '借阅→→讲座' }).message).toMatch(/^第 2 位是空的/);
  });

  it('report ranks in the options’ columns beyond rankTop, repeated, or with a gap', () => {
    expect(onlyError({ '7(空调)': '', '7(座位)': '1', '7(网络)': '3' })).toMatchObject({ column: '7(网络)', value: '3', message: '名次应为 1–2（本题只排前 2 项）；这里是 3' });
    expect(onlyError({ '7(空调)': '1', '7(座位)': '1', '7(网络)': '' })).toMatchObject({ column: '7(座位)', value: '1', message: '第 1 位重复：「空调」也是第 1 位' });
    expect(onlyError({ '7(空调)': '2', '7(座位)': '', '7(网络)': '' })).toMatchObject({ column: '7(空调)', value: '2', message: '没有第 1 位：名次应从 1 起连续' });
  });

  it('accept a rankTop ranking of fewer than k options (问卷星’s “最多选择 X 项”), in the options’ columns', () => {
    const r = check([rowWith(0), rowWith(1, { '7(空调)': '1', '7(座位)': '', '7(网络)': '' })]);
    expect(r.errors).toEqual([]);
    expect(stored(r.dataset!.answers[7]).slice(4, 8)).toEqual([1, 0, 0, 0]);
  });

  it('report a rank that is not a number, and a required ranking with no rank at all', () => {
    expect(onlyError({ '7(座位)': '第一' })).toMatchObject({ column: '7(座位)', value: '第一', message: '应为选项「座位」的名次：1–2 的整数，没有排到时留空' });
    expect(onlyError({ '7(座位)': '', '7(网络)': '' })).toMatchObject({ column: '7(空调)', value: '', message: '必答题未作答：本题没有任何选项的名次' });
  });
});
