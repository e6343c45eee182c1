import { describe, expect, it } from 'vitest';
import { responseAt } from '../helpers/responseAt.ts';
import { checkCsv, columnOf, responseCsv } from '../helpers/responseFile.ts';

describe('the same library answering twice', () => {
  it('counts the later submission by 提交答卷时间, warns naming both rows, and counts the other as set aside', () => {
    const r = checkCsv(
      responseCsv([
        { 3: '北京大学图书馆', 提交答卷时间: '2023/5/7 10:00:00', 28: '计划开展' },
        {},
        { 3: ' 北京大学图书馆 ', 提交答卷时间: '2023/5/6 10:00:00', 28: '尚未考虑' },
      ]),
    );
    expect(r.errors).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    const w = r.warnings[0]!;
    expect(w).toMatchObject({ severity: 'warning', line: 4, serial: '3', column: columnOf(3), value: '北京大学图书馆' });
    expect(w.message).toContain('第 4 行，序号 3');
    expect(w.message).toContain('第 2 行（序号 1）');
    expect(w.message).toContain('按提交答卷时间');
    const ds = r.dataset!;
    expect(ds.setAside).toBe(1);
    expect(ds.serials).toEqual(['1', '2']);
    expect(responseAt(ds, 0).choices[28]).toEqual([1]);
  });

  it('falls back to file order when a time cannot be read', () => {
    const r = checkCsv(responseCsv([{ 3: '甲馆', 提交答卷时间: '2023/5/7 10:00:00' }, { 3: '甲馆', 提交答卷时间: '不详' }]));
    expect(r.dataset!.serials).toEqual(['2']);
    expect(r.dataset!.setAside).toBe(1);
    const dup = r.warnings.find((w) => w.column === columnOf(3))!;
    expect(dup).toMatchObject({ line: 2, serial: '1' });
    expect(dup.message).toContain('按文件顺序');
  });

  it('sets aside every earlier submission of a library that answered three times', () => {
    const r = checkCsv(responseCsv([{ 3: '乙馆' }, { 3: '乙馆' }, { 3: '乙馆' }]));
    expect(r.dataset!.setAside).toBe(2);
    expect(r.dataset!.serials).toEqual(['3']);
    expect(r.warnings.map((w) => w.line)).toEqual([2, 3]);
  });
});
