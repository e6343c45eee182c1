import { describe, expect, it } from 'vitest';
import { responseAt } from '../helpers/responseAt.ts';
import { checkCsv, responseCsv } from '../helpers/responseFile.ts';

function warningsOf(overrides: Record<string, string>) {
  const r = checkCsv(responseCsv([overrides]));
  expect(r.errors).toEqual([]);
  expect(r.dataset).not.toBeNull();
  return r.warnings;
}

describe('metadata formats are warnings, not errors', () => {
  it('reads 提交答卷时间 as Beijing time', () => {
    const r = checkCsv(responseCsv([{ 提交答卷时间: '2023/5/6 9:05:03' }]));
    expect(responseAt(r.dataset!, 0).submittedAt?.toISOString()).toBe('2023-05-06T01:05:03.000Z');
  });

  it('warns on another time format but still reads it', () => {
    const r = checkCsv(responseCsv([{ 提交答卷时间: '2023-05-06 09:05' }]));
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ severity: 'warning', line: 2, serial: '1', column: '提交答卷时间', value: '2023-05-06 09:05' });
    expect(responseAt(r.dataset!, 0).submittedAt?.toISOString()).toBe('2023-05-06T01:05:00.000Z');
  });

  it('warns on a time that cannot be read, and keeps it null', () => {
    const r = checkCsv(responseCsv([{ 提交答卷时间: '2023/2/30 9:05:03' }]));
    expect(r.warnings.map((w) => w.column)).toEqual(['提交答卷时间']);
    expect(r.warnings[0]!.message).toContain('读不出提交时间');
    expect(responseAt(r.dataset!, 0).submittedAt).toBeNull();
  });

  it('warns on 所用时间 without 秒', () => {
    const w = warningsOf({ 所用时间: '520' });
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ column: '所用时间', value: '520' });
  });

  it('warns on 来自IP without an address and place', () => {
    const w = warningsOf({ 来自IP: '北京' });
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ column: '来自IP', value: '北京' });
    expect(warningsOf({ 来自IP: '2001:db8::1(上海-上海)' })).toEqual([]);
  });

  it('warns on a 序号 that is not a positive whole number', () => {
    const w = warningsOf({ 序号: 'A7' });
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ column: '序号', value: 'A7', serial: 'A7' });
  });
});
