import { describe, expect, it } from 'vitest';
import { answeredCount } from '../../src/survey/analysis/answeredCount.ts';
import { responseAt } from '../helpers/responseAt.ts';
import { checkCsv, columnOf, responseCsv } from '../helpers/responseFile.ts';

/** The only error of a two-row file whose second row (line 3, 序号 2) has `overrides`. */
function onlyError(overrides: Record<number | string, string>) {
  const r = checkCsv(responseCsv([{}, overrides]));
  expect(r.errors).toHaveLength(1);
  expect(r.dataset).toBeNull();
  return r.errors[0]!;
}

/** The dataset of a one-row file with `overrides`, which must be valid. */
function validOne(overrides: Record<number | string, string>) {
  const r = checkCsv(responseCsv([overrides]));
  expect(r.errors).toEqual([]);
  return responseAt(r.dataset!, 0);
}

describe('choice cells', () => {
  it('reports an option text that is not an option of the question, with everything the maintainer needs', () => {
    const e = onlyError({ 9: '资源荐购┋资源推荐' });
    expect(e).toMatchObject({ severity: 'error', file: 'test.csv', line: 3, serial: '2', column: columnOf(9), value: '资源推荐' });
    expect(e.message).toMatch(/^不是本题的选项；应为：资源荐购、上门送书\/取书服务、/);
  });

  it('maps chosen options to their 0-based positions, whatever order the cell lists them in', () => {
    expect(validOne({ 9: '信息素质教育┋资源荐购' }).choices[9]).toEqual([0, 5]);
  });

  it('tolerates full/half-width parentheses and commas and white space around options', () => {
    const r = validOne({ 21: ' 学生助理(有偿) ┋志愿服务（无偿）┋指导组建图书馆学生社团组织', 10: '开展服务试运行,并根据用户反馈及时优化调整' });
    expect(r.choices[21]).toEqual([0, 1, 6]);
    expect(r.choices[10]).toEqual([2]);
  });

  it('accepts write-ins: 其他〖…〗, 其他〖〗, bare 其他, 品牌类活动〖…〗, bare 品牌类活动', () => {
    const r = validOne({ 4: '其他〖校园电视台〗', 6: '其他〖〗', 9: '其他', 5: '品牌类活动〖书香节〗┋迎新季活动' });
    expect(r.choices[4]).toEqual([12]);
    expect(r.choices[6]).toEqual([9]);
    expect(r.choices[9]).toEqual([23]);
    expect(r.choices[5]).toEqual([0, 8]);
    expect(validOne({ 5: '品牌类活动' }).choices[5]).toEqual([8]);
  });

  it('rejects a write-in on an option that takes none', () => {
    const e = onlyError({ 5: '迎新季活动〖开学典礼〗' });
    expect(e).toMatchObject({ line: 3, column: columnOf(5), value: '迎新季活动〖开学典礼〗' });
    expect(e.message).toContain('没有填写项');
  });

  it('rejects a write-in without its closing 〗', () => {
    const e = onlyError({ 4: '其他〖校园电视台' });
    expect(e).toMatchObject({ value: '其他〖校园电视台' });
    expect(e.message).toContain('〗');
  });

  it('rejects an exclusive "none" option combined with 其他', () => {
    const e = onlyError({ 10: '尚未开展相关工作┋其他〖试运行〗' });
    expect(e).toMatchObject({ severity: 'error', line: 3, serial: '2', column: columnOf(10), value: '尚未开展相关工作┋其他〖试运行〗' });
    expect(e.message).toContain('「尚未开展相关工作」');
    expect(e.message).toContain('不能与本题其他选项同选');
  });

  it('accepts an exclusive option alone; it is a chosen option like any other', () => {
    expect(validOne({ 16: '未采取相关激励机制' }).choices[16]).toEqual([6]);
  });

  it('rejects an option named twice', () => {
    const e = onlyError({ 9: '资源荐购┋数据服务┋资源荐购' });
    expect(e).toMatchObject({ value: '资源荐购' });
    expect(e.message).toContain('重复');
  });

  it('rejects an empty option between separators', () => {
    const e = onlyError({ 9: '资源荐购┋┋数据服务' });
    expect(e).toMatchObject({ value: '', column: columnOf(9) });
    expect(e.message).toContain('┋');
  });

  it('rejects two options in the single-choice 题28', () => {
    const e = onlyError({ 28: '计划开展┋已开展部分工作' });
    expect(e).toMatchObject({ column: columnOf(28), value: '计划开展┋已开展部分工作' });
    expect(e.message).toContain('单选题');
  });

  it('reads 题28 as one position', () => {
    expect(validOne({ 28: '已形成系统规划并全面开展工作' }).choices[28]).toEqual([3]);
  });
});

describe('required and optional questions', () => {
  it('reports a required choice question left (空)', () => {
    const e = onlyError({ 9: '(空)' });
    expect(e).toMatchObject({ severity: 'error', line: 3, serial: '2', column: columnOf(9), value: '(空)', message: '必答题未作答' });
  });

  it('reports a required text question left empty', () => {
    const e = onlyError({ 3: '' });
    expect(e).toMatchObject({ column: columnOf(3), value: '', message: '必答题未作答' });
  });

  it('accepts optional questions empty or (空), and counts nothing for them', () => {
    const r = checkCsv(responseCsv([{ 7: '', 8: '(空)', 31: '' }]));
    expect(r.errors).toEqual([]);
    expect(answeredCount(r.dataset!, 7)).toBe(0);
    expect(answeredCount(r.dataset!, 9)).toBe(1);
  });

  it('rejects (跳过) in a question that has no skip logic', () => {
    const e = onlyError({ 13: '(跳过)' });
    expect(e).toMatchObject({ column: columnOf(13), value: '(跳过)' });
    expect(e.message).toContain('没有跳题逻辑');
  });
});
