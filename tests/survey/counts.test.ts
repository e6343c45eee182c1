import { describe, expect, it } from 'vitest';
import { responseAt } from '../helpers/responseAt.ts';
import { parseCount, unitsAfterBlanks } from '../../src/survey/validate/parseCount.ts';
import { checkCsv, columnOf, responseCsv } from '../helpers/responseFile.ts';
import { checkSmall, smallQuestionnaire } from '../helpers/smallSurvey.ts';

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
    expect(parseCount('282人次', ['人次'])).toBe(282);
    expect(parseCount('12场次', ['讲座场次'])).toBe(12);
    expect(parseCount('12场次', ['人数'])).toBeNull();
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

describe('a count’s unit from its blank or its question text', () => {
  const qn = smallQuestionnaire([
    { number: 1, type: 'count', text: '去年讲座听众共_____人次？', required: true, blanks: ['听众'] },
    { number: 2, type: 'count', text: '举办讲座____场次，展览____期', required: true, blanks: ['讲座', '展览'] },
    { number: 3, type: 'count', text: '读书会有多少？', required: true, blanks: ['读书会场次'] },
  ]);
  const header = ['1、去年讲座听众共_____人次？', '2、举办讲座____场次，展览____期', '3、读书会有多少？'];

  it('finds the words written after the blanks', () => {
    expect(unitsAfterBlanks('举办讲座____场次，展览____期')).toEqual(['场次', '期']);
  });

  it('reads 282人次, 12场次 and 3期 when the question writes those units after its blanks, and (through the validator) 5场次 in a blank named 读书会场次', () => {
    const r = checkSmall(qn, header, [['282人次', '12场次^3期', '5场次']]);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    const c = (n: number) => {
      const col = r.dataset!.answers[n]!;
      return col.type === 'count' ? Array.from(col.values) : [];
    };
    expect([c(1), c(2), c(3)]).toEqual([[282], [12, 3], [5]]);
  });

  it('still warns about a unit neither the blank nor the question gives', () => {
    const r = checkSmall(qn, header, [['282人次', '12场次^3届', '5场次']]);
    expect(r.warnings.map((w) => [w.line, w.column, w.value])).toEqual([[2, '2、举办讲座____场次，展览____期', '12场次^3届']]);
    expect(r.warnings[0]!.message).toContain('第 2 个填空「展览」「3届」读不出');
  });
});
