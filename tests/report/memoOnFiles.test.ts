import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoOnFiles } from '../../src/report/memoOnFiles.ts';

const dir = mkdtempSync(join(tmpdir(), 'memo-on-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a value that follows its files', () => {
  it('is computed once while the files stay as they were, again after one changes, appears or goes', () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, '1');
    let computed = 0;
    const get = memoOnFiles(() => [a, b], () => ++computed);
    expect([get(), get(), get()]).toEqual([1, 1, 1]);
    writeFileSync(a, '22');
    expect([get(), get()]).toEqual([2, 2]);
    writeFileSync(b, 'new');
    expect(get()).toBe(3);
    unlinkSync(b);
    expect(get()).toBe(4);
  });
});
