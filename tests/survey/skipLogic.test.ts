import { describe, expect, it } from 'vitest';
import { responseAt } from '../helpers/responseAt.ts';
import { checkCsv, columnOf, responseCsv } from '../helpers/responseFile.ts';

function errorsOf(overrides: Record<number | string, string>) {
  return checkCsv(responseCsv([overrides])).errors;
}

describe('skip logic of 题15 (shown unless 题14 is 未开展馆员培训)', () => {
  it('reports 题15 answered when 题14 says no training', () => {
    const errors = errorsOf({ 14: '未开展馆员培训', 15: '一线服务技能培训' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ severity: 'error', line: 2, serial: '1', column: columnOf(15), value: '一线服务技能培训' });
    expect(errors[0]!.message).toBe('应为「(跳过)」：第 14 题选了「未开展馆员培训」，本题不显示');
  });

  it('reports 题15 skipped when 题14 names staff who were trained', () => {
    const errors = errorsOf({ 14: '全体馆员', 15: '(跳过)' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ column: columnOf(15), value: '(跳过)' });
    expect(errors[0]!.message).toBe('不应为「(跳过)」：第 14 题没有选「未开展馆员培训」，本题应作答');
  });

  it('reports 题15 empty when it should be (跳过)', () => {
    const errors = errorsOf({ 14: '未开展馆员培训', 15: '' });
    expect(errors.map((e) => [e.column, e.value])).toEqual([[columnOf(15), '']]);
  });

  it('accepts 题15 skipped after 未开展馆员培训, with no options chosen', () => {
    const r = checkCsv(responseCsv([{ 14: '未开展馆员培训', 15: '(跳过)' }]));
    expect(r.errors).toEqual([]);
    expect(responseAt(r.dataset!, 0).choices[15]).toEqual([]);
  });

  it('does not pile a skip-logic error on a 题14 that is itself wrong', () => {
    const errors = errorsOf({ 14: '未开展培训', 15: '(跳过)' });
    expect(errors.map((e) => e.column)).toEqual([columnOf(14)]);
  });
});

describe('skip logic of 题22/23/24 (shown when 题21 includes option 1/2/7)', () => {
  it('reports 题22 answered when 题21 has no 学生助理', () => {
    const errors = errorsOf({ 21: '志愿服务（无偿）┋指导组建图书馆学生社团组织', 22: '30' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 2, column: columnOf(22), value: '30' });
    expect(errors[0]!.message).toBe('应为「(跳过)」：第 21 题没有选「学生助理（有偿）」，本题不显示');
  });

  it('reports 题23 skipped when 题21 has 志愿服务', () => {
    const errors = errorsOf({ 23: '(跳过)' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ column: columnOf(23), value: '(跳过)' });
    expect(errors[0]!.message).toBe('不应为「(跳过)」：第 21 题选了「志愿服务（无偿）」，本题应作答');
  });

  it('reports 题24 both ways', () => {
    expect(errorsOf({ 21: '学生助理（有偿）┋志愿服务（无偿）', 24: '3^120' }).map((e) => e.column)).toEqual([columnOf(24)]);
    expect(errorsOf({ 24: '(跳过)' }).map((e) => e.column)).toEqual([columnOf(24)]);
  });

  it('reports 题22 left empty when it should be answered', () => {
    const errors = errorsOf({ 22: '(空)' });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe('必答题未作答：第 21 题选了「学生助理（有偿）」，本题应作答');
  });

  it('accepts all three skipped when 题21 has none of the options', () => {
    const r = checkCsv(responseCsv([{ 21: '与院系合作', 22: '(跳过)', 23: '(跳过)', 24: '(跳过)' }]));
    expect(r.errors).toEqual([]);
    expect(responseAt(r.dataset!, 0).counts).toEqual({ 22: [], 23: [], 24: [] });
  });
});
