/** `astro dev` on a series folder: the latest edition (or REPORT_EDITION's) beside the earlier editions' data, its trend tables live. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../helpers/devServer.ts';
import { shellEnv } from '../helpers/shellEnv.ts';

const servers: DevServer[] = [];
afterAll(() => servers.forEach((s) => s.stop()));

describe('astro dev on a series folder', () => {
  it('serves the latest edition with its comparisons, and REPORT_EDITION another', async () => {
    const latest = await startDevServer({ REPORT_ROOT: 'examples/reading-series' }, '/services/');
    servers.push(latest);
    const doc = parseHTML(latest.html).document;
    expect(doc.documentElement.getAttribute('data-edition')).toBe('2025');
    expect(doc.querySelector('#services-trend caption')!.textContent).toContain('书房提供的阅读服务：各版比较');
    expect(doc.querySelector('#services-trend .table-notes')!.textContent).toContain('两版都参加调查的有 40 家');
    latest.stop();
    const first = await startDevServer({ REPORT_ROOT: 'examples/reading-series', REPORT_EDITION: '2024' }, '/services/');
    servers.push(first);
    const firstDoc = parseHTML(first.html).document;
    expect(firstDoc.documentElement.getAttribute('data-edition')).toBe('2024');
    expect(firstDoc.querySelector('#services-trend')).toBeNull();
  }, 240_000);

  it('does not start on a series.json with a wrong link: the problem with its place, no stack trace', () => {
    const copy = mkdtempSync(join(tmpdir(), 'series-dev-bad-'));
    try {
      cpSync('examples/reading-series', copy, { recursive: true });
      const file = join(copy, 'series.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"数字阅读": "数字阅读服务"', '"数字阅渎": "数字阅读服务"'));
      const run = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--ignore-lock'], { encoding: 'utf8', env: { ...shellEnv(), REPORT_ROOT: copy, ASTRO_TELEMETRY_DISABLED: '1' }, timeout: 60_000 });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('editions[1].questions.2.options.renamed.数字阅渎：2024 版第 2 题没有选项「数字阅渎」；是否是「数字阅读」？\n未启动：请先修正上面的问题。');
      expect(run.stderr + run.stdout).not.toMatch(/Stack trace|at .+:\d+:\d+/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);
});
