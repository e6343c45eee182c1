/** What `npm run build` prints: one screen for a clean build, the editor's message for a typo in a chapter. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build2023Log, dist2023, distTypo, typoBuildRecord, typoChapter, typoRoot, type BadBuild } from './builds.ts';

const printed = (log: string) => log.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('> '));

describe('a clean build', () => {
  const log = readFileSync(build2023Log, 'utf8');

  it('fits on a screen (at most 40 lines) and shows no upstream noise', () => {
    expect(printed(log).length).toBeLessThanOrEqual(40);
    expect(log).not.toContain('MODULE_LEVEL_DIRECTIVE');
    expect(log).not.toContain('[build]');
    expect(log).not.toContain('generating static routes');
  });

  it('shows the data summary and each data warning as check-data prints it', () => {
    const lines = printed(log);
    expect(lines[0]).toBe('数据文件 data/responses.csv：122 份有效问卷，2 条提醒：');
    expect(lines[1]).toMatch(/^  警告：data\/responses\.csv 第 49 行（序号 41）列「24、.*」值「2\^若干」：/);
    expect(lines[2]).toMatch(/^  警告：data\/responses\.csv 第 94 行（序号 80）列「23、.*」值「不详」：/);
    expect(lines[3]).toBe('数据说明 data/responses.meta.json：合成数据（代替 2023 年调查），复现已发布的数字。');
  });

  it('ends with the pages written, the pages the search index holds (not the home, full-text and 404 pages) and the time', () => {
    expect(readdirSync(dist2023, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))).toHaveLength(14);
    expect(JSON.parse(readFileSync(join(dist2023, 'pagefind/pagefind-entry.json'), 'utf8')).languages['zh-cn'].page_count).toBe(11);
    expect(printed(log).at(-1)).toMatch(/^网站已写入 test-results\/site-build\/dist-2023\/：14 个页面，搜索索引收录 11 个，用时 \d+\.\d 秒。$/);
  });
});

describe('a build of a chapter whose component prop has a typo', () => {
  const record = JSON.parse(readFileSync(typoBuildRecord, 'utf8')) as Pick<BadBuild, 'status' | 'output'>;
  const at = `${relative(process.cwd(), resolve(typoRoot, typoChapter))}:9`;

  it('stops, writing nothing', () => {
    expect(record.status).toBe(1);
    expect(existsSync(distTypo)).toBe(false);
  });

  it('prints the file and line, the component, the value and the nearest valid value, once, without a stack trace', () => {
    const message = `${at} <Pct>：第 6 题没有选项「校有」；是否是「校友」？`;
    expect(record.output.split('\n').filter((l) => l.includes('校有'))).toEqual([message]);
    expect(record.output).not.toMatch(/^\s+at /m);
    expect(record.output).toContain('构建已停止');
  });
});
