import { describe, expect, it } from 'vitest';
import { responseAt } from '../helpers/responseAt.ts';
import { checkCsv, columnOf, header, toCsv, validRow } from '../helpers/responseFile.ts';

/** Checks a file whose header is `h` and whose one row is `row` (defaults to a valid row laid out like the valid header). */
function check(h: string[], row: string[] = validRow(1)) {
  return checkCsv(toCsv([h, row]));
}

describe('header', () => {
  it('accepts the header as the contract writes it', () => {
    expect(check(header).errors).toEqual([]);
  });

  it('tolerates white space and full/half-width punctuation in question texts, and 问卷星 markers', () => {
    const h = [...header];
    h[6 + 8] = '9、 目前贵馆提供了以下哪些类型的服务?';
    h[6 + 21] = '22、贵馆的学生助理(有偿),每年参与人数为？ *';
    h[6 + 3] = '4、贵馆常用的信息宣传渠道类型有哪些？[多选题]';
    const r = check(h);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('gives no warning for question texts exported without (or with) their trailing ？ or ：', () => {
    const stripped = header.map((h, i) => (i < 6 ? h : h.replace(/[？：?:]$/u, '')));
    expect(stripped.filter((h, i) => h !== header[i])).not.toHaveLength(0);
    const r = check(stripped);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    const added = header.map((h, i) => (i < 6 || /[？：]$/u.test(h) ? h : `${h}：`));
    expect(check(added).warnings).toEqual([]);
  });

  it('matches a question column by its number and warns when the text differs beyond that', () => {
    const h = [...header];
    h[6 + 8] = '9、贵馆提供哪些服务？';
    const r = check(h);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ severity: 'warning', line: 1, column: '9、贵馆提供哪些服务？' });
    expect(r.warnings[0]!.message).toContain(columnOf(9));
    expect(responseAt(r.dataset!, 0).choices[9]).toEqual([0]);
  });

  it('reports a question number the questionnaire does not have', () => {
    const h = [...header, '32、额外的问题'];
    const r = check(h, [...validRow(1), 'x']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ severity: 'error', line: 1, column: '32、额外的问题', value: '32、额外的问题' });
    expect(r.errors[0]!.message).toContain('问卷没有第 32 题');
  });

  it('reports a missing question column', () => {
    const keep = (_: string, i: number) => i !== 6 + 6; // drop 题7
    const r = check(header.filter(keep), validRow(1).filter(keep));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ severity: 'error', line: 1, column: columnOf(7) });
    expect(r.errors[0]!.message).toContain('缺少第 7 题的列');
  });

  it('reports a repeated question number', () => {
    const r = check([...header, '9、目前贵馆提供了以下哪些类型的服务？'], [...validRow(1), '资源荐购']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 1, column: columnOf(9) });
    expect(r.errors[0]!.message).toContain('第 9 题的列重复');
  });

  it('reports metadata columns out of order', () => {
    const h = [...header];
    [h[2], h[3]] = [h[3]!, h[2]!];
    const r = check(h);
    expect(r.errors.map((e) => e.column)).toEqual(['来源', '所用时间']);
    expect(r.errors[0]!.message).toMatch(/^第 3 列应为「所用时间」.*它在第 4 列$/);
    expect(r.errors[1]!.message).toMatch(/^第 4 列应为「来源」.*它在第 3 列$/);
  });

  it('reports a column that is neither metadata nor `N、题干`', () => {
    const r = check([...header, '备注'], [...validRow(1), '']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ column: '备注' });
    expect(r.errors[0]!.message).toContain('无法识别的列名');
  });
});
