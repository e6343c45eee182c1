import { describe, expect, it } from 'vitest';
import { frequencyTable } from '../../src/survey/analysis/frequencyTable.ts';
import { datasetOf, surveyResponse } from '../helpers/surveyResponse.ts';

describe('frequencyTable', () => {
  it('sorts by count, keeps questionnaire order on ties, leaves 其他 out of the ranking', () => {
    const rs = [
      surveyResponse({ 4: ['校内论坛', '图书馆微信群', '其他'] }),
      surveyResponse({ 4: ['校内论坛', '图书馆主页/APP'] }),
      surveyResponse({ 4: ['图书馆微信群'] }),
    ];
    const t = frequencyTable(datasetOf(rs), 4);
    expect(t.rows.slice(0, 4).map((r) => [r.label, r.count, r.percent])).toEqual([
      ['图书馆微信群', 2, '66.67%'],
      ['校内论坛', 2, '66.67%'],
      ['图书馆主页/APP', 1, '33.33%'],
      ['图书馆社交媒体账号（微信公众号等）', 0, '0%'],
    ]);
    expect(t.rows.some((r) => r.text === '其他')).toBe(false);
    expect(t.otherCount).toBe(1);
    expect(t.total).toBe(3);
  });
  it('prints the report’s display label for options it shortens', () => {
    const t = frequencyTable(datasetOf([surveyResponse({ 4: ['社交媒体平台（地方媒体等）'] })]), 4);
    expect(t.rows[0]).toMatchObject({ label: '社会媒体平台（地方媒体等）', text: '社交媒体平台（地方媒体等）', count: 1, percent: '100%' });
  });
  it('puts an exclusive "none" option last whatever its count', () => {
    const rs = [surveyResponse({ 10: ['尚未开展相关工作'] }), surveyResponse({ 10: ['尚未开展相关工作'] }), surveyResponse({ 10: ['前期开展用户需求调研'] })];
    const rows = frequencyTable(datasetOf(rs), 10).rows;
    expect(rows.at(-1)).toMatchObject({ text: '尚未开展相关工作', count: 2 });
    expect(rows[0]).toMatchObject({ text: '前期开展用户需求调研', count: 1 });
  });
  it('groups 题18 in the report’s group order and sorts within each group', () => {
    const rs = [surveyResponse({ 18: ['馆内行为规范', '借阅规章制度', '图书馆章程'] }), surveyResponse({ 18: ['借阅规章制度', '服务跟踪回访制度'] })];
    const rows = frequencyTable(datasetOf(rs), 18).rows;
    expect(rows.map((r) => r.group)).toEqual([...Array(2).fill('图书馆发展管理'), ...Array(5).fill('用户服务管理'), ...Array(3).fill('用户行为管理')]);
    expect(rows.slice(0, 2).map((r) => r.text)).toEqual(['图书馆章程', '图书馆年度或中长期计划']);
    expect(rows.slice(7).map((r) => r.text)).toEqual(['借阅规章制度', '馆内行为规范', '进出馆管理制度']);
  });
  it('counts skipped rows in the denominator (题15)', () => {
    const rs = [surveyResponse({ 14: ['未开展馆员培训'], 15: [] }), surveyResponse({ 14: ['全体馆员'], 15: ['一线服务技能培训'] })];
    expect(frequencyTable(datasetOf(rs), 15).rows[0]).toMatchObject({ text: '一线服务技能培训', count: 1, percent: '50.00%' });
  });
  it('shows the single-choice 题28 in questionnaire order, 其他 included', () => {
    const rs = [surveyResponse({ 28: ['已开展部分工作'] }), surveyResponse({ 28: ['已开展部分工作'] }), surveyResponse({ 28: ['其他'] })];
    const t = frequencyTable(datasetOf(rs), 28);
    expect(t.rows.map((r) => [r.text, r.count])).toEqual([
      ['尚未考虑', 0],
      ['计划开展', 0],
      ['已开展部分工作', 2],
      ['已形成系统规划并全面开展工作', 0],
      ['其他', 1],
    ]);
    expect(t.otherCount).toBeNull();
  });
});
