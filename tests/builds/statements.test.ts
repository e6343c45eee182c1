/**
 * The build checks the statements: with a file whose rankings differ it warns
 * and still builds (the built pages show no marks); with --strict it stops and
 * leaves dist/ byte-identical.
 */
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileHashes } from '../helpers/fileHashes.ts';
import { buildSite } from '../helpers/buildSite.ts';
import { writeFlippedSample } from '../claims/flippedSample.ts';

/** `npm run build -- --strict` with the given environment. */
const strictBuild = (env: Record<string, string>) => buildSite(env, ['--strict']);

const tmp = mkdtempSync(join(tmpdir(), 'claims-build-'));
const sampleDist = join(tmp, 'dist-sample');
const flippedDist = join(tmp, 'dist-flipped');
let flipped: string;
let warned: { status: number | null; output: string };

beforeAll(() => {
  flipped = writeFlippedSample(join(tmp, 'flipped.csv'));
  const sample = buildSite({ REPORT_DIST: sampleDist });
  if (sample.status !== 0) throw new Error(`sample build failed:\n${sample.output}`);
  expect(sample.output).toMatch(/表述核对：\d+ 条数据表述，全部成立。/);
  warned = buildSite({ REPORT_DIST: flippedDist, REPORT_DATA: flipped });
}, 300_000);

describe('the build checks the statements', () => {
  it('warns with file:line, the sentence and what the data say, and still builds', () => {
    expect(warned.status).toBe(0);
    expect(warned.output).toMatch(/表述核对：\d+ 条数据表述，4 条与数据不符。/);
    expect(warned.output).toContain('content/chapters/04-results.mdx:34  在提升图书馆服务的用户体验上，【最为常见的做法有');
    expect(warned.output).toContain('数据现为：第 10 题前三位现为：日常广泛收集分析用户反馈…（110）、邀请师生代表参与服务设计（109）、前期开展用户需求调研（106）');
    const results = readFileSync(join(flippedDist, 'results/index.html'), 'utf8');
    expect(results).toContain('最为常见的做法有日常广泛收集分析用户反馈、前期进行用户需求调研、开展服务试运行等。');
  });

  it('never shows the dev marks in a built site', () => {
    for (const [file] of Object.entries(fileHashes(flippedDist)).filter(([f]) => f.endsWith('.html'))) {
      const html = readFileSync(join(flippedDist, file), 'utf8');
      expect(html).not.toContain('claim-fails');
      expect(html).not.toContain('数据核对');
    }
  });

  it('--strict stops on them and leaves dist/ byte-identical', () => {
    const before = fileHashes(sampleDist);
    const r = strictBuild({ REPORT_DIST: sampleDist, REPORT_DATA: flipped });
    expect(r.status).toBe(1);
    expect(r.output).toContain('--strict：4 条表述与数据不符（见上），请修改表述或数据。');
    expect(r.output).toContain('构建已停止');
    expect(fileHashes(sampleDist)).toEqual(before);
  });

  it('--strict builds when every statement holds', () => {
    const r = strictBuild({ REPORT_DIST: join(tmp, 'dist-strict') });
    expect(r.status).toBe(0);
    expect(readFileSync(join(tmp, 'dist-strict/results/index.html'), 'utf8')).toContain('最为常见的做法有');
  }, 300_000);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));
