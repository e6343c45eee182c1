import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataDescriptionText } from '../../src/site/dataDescription.ts';

describe('the data description on the cover', () => {
  const dir = mkdtempSync(join(tmpdir(), 'desc-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('is the text of responses.meta.json beside the response file', () => {
    writeFileSync(join(dir, 'a.meta.json'), JSON.stringify({ description: ' 本文件为某年调查的导出文件。 ' }));
    expect(dataDescriptionText(join(dir, 'a.csv'))).toBe('本文件为某年调查的导出文件。');
  });
  it('is nothing for a file without one', () => {
    expect(dataDescriptionText(join(dir, 'none.xlsx'))).toBeUndefined();
  });
  it('is nothing for a description without text, and an error naming the file when it is not JSON', () => {
    writeFileSync(join(dir, 'c.meta.json'), '{"source": "x"}');
    expect(dataDescriptionText(join(dir, 'c.csv'))).toBeUndefined();
    writeFileSync(join(dir, 'b.meta.json'), '{"description": ');
    expect(() => dataDescriptionText(join(dir, 'b.csv'))).toThrow(/^数据说明文件 .*b\.meta\.json 不是有效的 JSON/);
  });
});
