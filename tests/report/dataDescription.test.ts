import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataDescription } from '../../src/report/dataDescription.ts';
import { displayPath } from '../../src/report/displayPath.ts';
import { dataDescriptionPath } from '../../src/report/folder.ts';

const dir = mkdtempSync(join(tmpdir(), 'data-description-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `meta` as the description of a response file in the temp folder; returns the response file's path. */
function described(name: string, meta: string | object): string {
  const data = join(dir, `${name}.csv`);
  writeFileSync(dataDescriptionPath(data), typeof meta === 'string' ? meta : JSON.stringify(meta));
  return data;
}
const fileOf = (data: string) => displayPath(dataDescriptionPath(data));

describe('the data description beside a response file', () => {
  it('of the shipped sample: synthetic, standing in for a survey, reproducing the published figures', () => {
    const result = readDataDescription(dataDescriptionPath(resolve('data/responses.csv')));
    expect(result).toMatchObject({ ok: true, file: 'data/responses.meta.json', description: { synthetic: true, collected: '2023 年', reproducesPublished: true } });
  });

  it('is none (no claim either way) when there is no such file', () => {
    expect(readDataDescription(dataDescriptionPath(join(dir, 'absent.csv')))).toEqual({ ok: true, file: fileOf(join(dir, 'absent.csv')), description: null });
  });

  it('accepts a real file without reproducesPublished', () => {
    const data = described('real', { synthetic: false, source: '问卷星导出', collected: '2024 年 3 月' });
    expect(readDataDescription(dataDescriptionPath(data))).toMatchObject({ ok: true, description: { synthetic: false, source: '问卷星导出', collected: '2024 年 3 月' } });
  });

  it('names the file and each wrong field, in Chinese', () => {
    const data = described('bad', { synthetic: 'yes', collected: '', extra: 1 });
    const file = fileOf(data);
    const result = readDataDescription(dataDescriptionPath(data));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        `${file}：未知字段 extra（可用字段：synthetic、source、collected、reproducesPublished）`,
        `${file}：字段 synthetic 应为 true 或 false`,
        `${file}：缺少字段 source（应为文字）`,
        `${file}：字段 collected 不能为空`,
      ]),
    );
    expect(result.errors).toHaveLength(4);
  });

  it('asks a synthetic file whether it reproduces the published figures, and refuses that field on a real one', () => {
    const synthetic = readDataDescription(dataDescriptionPath(described('synthetic', { synthetic: true, source: '生成器', collected: '2023 年' })));
    expect(synthetic).toMatchObject({ ok: false, errors: [expect.stringContaining('字段 reproducesPublished：合成数据须说明是否复现已发布的数字')] });
    const real = readDataDescription(dataDescriptionPath(described('real2', { synthetic: false, source: '导出', collected: '2024 年', reproducesPublished: true })));
    expect(real).toMatchObject({ ok: false, errors: [expect.stringContaining('字段 reproducesPublished：只适用于合成数据')] });
  });

  it('reports a file that is not JSON', () => {
    const data = described('broken', '{ "synthetic": true,');
    expect(readDataDescription(dataDescriptionPath(data))).toMatchObject({ ok: false, errors: [expect.stringMatching(new RegExp(`^${fileOf(data)}：不是有效的 JSON（`))] });
  });
});
