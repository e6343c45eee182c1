/** The report is a value: one process builds two reports, each site its own (titles, tables, downloads), neither showing the other's. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const tmp = mkdtempSync(join(tmpdir(), 'two-reports-'));
const [crm, example] = [join(tmp, 'crm'), join(tmp, 'example')];
let printed: { ok: boolean; pages: number }[];

beforeAll(() => {
  const run = spawnSync(process.execPath, ['tests/builds/buildTwoReports.ts', crm, example], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (run.status !== 0) throw new Error(`${run.stdout}\n${run.stderr}`);
  printed = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const page = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8');
const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

describe('two reports built in one process', () => {
  it('both builds succeed, with their own number of pages', () => {
    expect(printed.map((r) => [r.ok, r.pages])).toEqual([
      [true, 14],
      [true, 9],
    ]);
  });
  it('each home page carries its own report’s title, and neither the other’s', () => {
    const [a, b] = [page(crm, 'index.html'), page(example, 'index.html')];
    expect(title(a)).toBe('高校图书馆用户关系管理指南针报告（2023 版）');
    expect(title(b)).toMatch(/^社区/);
    expect(b).not.toContain('高校图书馆用户关系管理指南针报告');
    expect(a).not.toContain(title(b));
  });
  it('each download is computed from its own data: the 2023 file’s 122 responses, the example’s own question 4', () => {
    expect(page(crm, 'data/q4.csv').split('\n').slice(0, 2)).toEqual(['\uFEFF选项,高校馆数量,比例', '图书馆主页/APP,122,100%']);
    expect(page(example, 'data/q4.csv').split('\n')[0]).toBe('\uFEFF选项,书房数量,比例');
    expect(page(crm, 'full/index.html')).toContain('122 份有效问卷');
  });
});
