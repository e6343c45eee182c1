import { describe, expect, it } from 'vitest';
import { responseAt } from '../helpers/responseAt.ts';
import { parseCount } from '../../src/survey/validate/parseCount.ts';
import { checkCsv, columnOf, responseCsv } from '../helpers/responseFile.ts';

describe('parseCount', () => {
  it.each([
    ['200', 200],
    ['约200', 200],
    ['200人', 200],
    ['50-60', 55],
    ['50～61', 55.5],
    ['１２０', 120],
    ['1,200', 1200],
    [' 约 30 人左右 ', 30],
    ['0', 0],
  ])('reads %j as %d', (text, value) => expect(parseCount(text)).toBe(value));

  it('reads a count written with its blank\'s own unit: 282人次 in a blank named 人次, 12场次 in one named 讲座场次', () => {
    expect(parseCount('282人次', '人次')).toBe(282);
    expect(parseCount('12场次', '讲座场次')).toBe(12);
    expect(parseCount('12场次', '人数')).toBeNull();
  });

  it.each(['很多', '200多', '2.5', '60-50', '-5', '', '二十'])('cannot read %j', (text) => expect(parseCount(text)).toBeNull());
});

describe('counts in 题22–24', () => {
  it('parses messy but unambiguous counts without a warning', () => {
    const r = checkCsv(responseCsv([{ 22: '约200', 23: '200人', 24: '3个^50-60' }]));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(responseAt(r.dataset!, 0).counts).toEqual({ 22: [200], 23: [200], 24: [3, 55] });
  });

  it('keeps an unreadable count as null with a data-quality warning', () => {
    const r = checkCsv(responseCsv([{}, { 23: '很多' }]));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ severity: 'warning', line: 3, serial: '2', column: columnOf(23), value: '很多' });
    expect(r.warnings[0]!.message).toContain('按缺失处理');
    expect(responseAt(r.dataset!, 1).counts[23]).toEqual([null]);
  });

  it('names the blank of 题24 that cannot be read', () => {
    const r = checkCsv(responseCsv([{ 24: '3^若干' }]));
    expect(r.warnings[0]!.message).toMatch(/^第 2 个填空「活跃成员数」「若干」/);
    expect(responseAt(r.dataset!, 0).counts[24]).toEqual([3, null]);
  });

  it('reports 题24 without its two blanks joined by ^', () => {
    const r = checkCsv(responseCsv([{ 24: '120' }]));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ column: columnOf(24), value: '120' });
    expect(r.errors[0]!.message).toContain('应有 2 个填空');
  });

  it('reports an empty blank of the required 题24', () => {
    const r = checkCsv(responseCsv([{ 24: '3^' }]));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toMatch(/^第 2 个填空「活跃成员数」未填写/);
  });
});
