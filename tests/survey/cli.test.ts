import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs `node src/cli/check-data.ts …args` with the Node running the tests (24: it strips types). */
function checkData(...args: string[]) {
  const r = spawnSync(process.execPath, ['src/cli/check-data.ts', ...args], { encoding: 'utf-8', cwd: process.cwd() });
  return { code: r.status, out: r.stdout, err: r.stderr, all: r.stdout + r.stderr };
}

const STACK_LINE = /^\s+at /m;

describe('check-data CLI', () => {
  it('prints every problem of a broken file sorted by line, a count line, and exits non-zero without a stack trace', () => {
    const r = checkData('tests/fixtures/three-errors.csv');
    expect(r.code).toBe(1);
    expect(r.all).toContain('错误 3 个：');
    expect(r.all).toContain('tests/fixtures/three-errors.csv 第 3 行（序号 2）列「9、目前贵馆提供了以下哪些类型的服务？」值「资源推荐」：不是本题的选项；应为：资源荐购、');
    expect(r.all).toContain('第 4 行（序号 3）列「15、');
    expect(r.all).toContain('第 5 行（序号 4）列「10、');
    expect(r.all.indexOf('第 3 行')).toBeLessThan(r.all.indexOf('第 4 行'));
    expect(r.all).toContain('检查未通过：3 个错误，1 条警告。');
    expect(r.all).not.toMatch(STACK_LINE);
  });

  it('reports a truncated file without a stack trace', () => {
    const r = checkData('tests/fixtures/unterminated-quote.csv');
    expect(r.code).toBe(1);
    expect(r.all).toContain('第 3 行（序号 2）：从第 3 行开始的引号直到文件末尾都没有闭合');
    expect(r.all).not.toMatch(STACK_LINE);
  });

  it('says in one line that a file is missing', () => {
    const r = checkData('tests/fixtures/no-such-file.csv');
    expect(r.code).toBe(1);
    expect(r.all.trim()).toBe('检查未通过：tests/fixtures/no-such-file.csv：找不到这个文件');
  });

  it('summarises a valid file and exits 0', () => {
    const r = checkData('tests/fixtures/valid-3.csv');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('文件：tests/fixtures/valid-3.csv');
    expect(r.out).toContain('有效答卷：2 份');
    expect(r.out).toContain('因同一单位重复提交而未计入：1 份');
    expect(r.out).toMatch(/题 9 +2 \/ 2 +目前贵馆提供了以下哪些类型的服务\n/);
    expect(r.out).toMatch(/题 7 +0 \/ 2 /);
    expect(r.out.match(/^ {2}题/gm)).toHaveLength(31);
    expect(r.out).toContain('警告 1 条');
  });
});
