import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { correlationCsv, frequencyTableCsv, neutraliseFormula } from '../../src/publish/csv.ts';
import { frequencyTable } from '../../src/survey/analysis/frequencyTable.ts';
import { datasetOf, surveyResponse } from '../helpers/surveyResponse.ts';

/** The file as bytes, read back as a BOM-aware reader (Excel, TextDecoder) reads it: the mark dropped. */
const readBack = (csv: string) => new TextDecoder('utf-8').decode(new TextEncoder().encode(csv));

describe('CSV downloads', () => {
  it('start with a UTF-8 byte-order mark, and a BOM-aware reader gets the exact header after it', () => {
    const t = frequencyTable(datasetOf([surveyResponse({ 18: ['借阅规章制度'] })]), 18);
    const bytes = new TextEncoder().encode(frequencyTableCsv(t, '高校馆'));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvParseRows(new TextDecoder('utf-8').decode(bytes))[0]).toEqual(['类别', '选项', '高校馆数量', '比例']);
    expect(csvParseRows(readBack(correlationCsv({ ids: ['benefit'], names: ['甲指数'], r: [[1]] })))[0]).toEqual(['', '甲指数']);
  });
  it('neutralise cells that a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', 'ok', '5%'].map(neutraliseFormula)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", 'ok', '5%']);
  });
  it('a frequency table: header, rows in display order, label/count/percent last', () => {
    const t = frequencyTable(datasetOf([surveyResponse({ 10: ['尚未开展相关工作'] }), surveyResponse({ 10: ['前期开展用户需求调研', '开展服务试运行，并根据用户反馈及时优化调整'] })]), 10);
    const lines = readBack(frequencyTableCsv(t, '高校馆')).trimEnd().split('\n');
    expect(lines[0]).toBe('选项,高校馆数量,比例');
    expect(lines[1]).toBe('前期开展用户需求调研,1,50.00%');
    expect(lines[2]).toBe('开展服务试运行，并根据用户反馈及时优化调整,1,50.00%');
    expect(lines.at(-1)).toBe('尚未开展相关工作,1,50.00%');
    expect(lines).toHaveLength(1 + 6);
  });
  it('a grouped table leads with its group column', () => {
    const lines = readBack(frequencyTableCsv(frequencyTable(datasetOf([surveyResponse({ 18: ['借阅规章制度'] })]), 18), '高校馆')).trimEnd().split('\n');
    expect(lines[0]).toBe('类别,选项,高校馆数量,比例');
    expect(lines.at(-3)).toBe('用户行为管理,借阅规章制度,1,100%');
  });
  it('the correlation matrix with two decimals', () => {
    const csv = correlationCsv({ ids: ['benefit', 'trust', 'participation'], names: ['用户受益指数', '用户信任指数', '用户参与指数'], r: [[1, 0.7912, 0.7349], [0.7912, 1, 0.7481], [0.7349, 0.7481, 1]] });
    expect(readBack(csv)).toBe(',用户受益指数,用户信任指数,用户参与指数\n用户受益指数,1.00,0.79,0.73\n用户信任指数,0.79,1.00,0.75\n用户参与指数,0.73,0.75,1.00\n');
  });
});
