import { describe, expect, it } from 'vitest';
import { questionnaire } from '../helpers/questionnaire.ts';
import { formatProblem, formatProblems, loadDataset } from '../../src/survey/loadDataset.ts';
import { columnOf } from '../helpers/responseFile.ts';

describe('all problems of a file in one run', () => {
  it('reports the three different errors of the fixture, each with file, line, 序号, column and value, and its warning apart', async () => {
    const r = await loadDataset('tests/fixtures/three-errors.csv', questionnaire);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => ({ severity: e.severity, file: e.file, line: e.line, serial: e.serial, column: e.column, value: e.value }))).toEqual([
      { severity: 'error', file: 'tests/fixtures/three-errors.csv', line: 3, serial: '2', column: columnOf(9), value: '资源推荐' },
      { severity: 'error', file: 'tests/fixtures/three-errors.csv', line: 4, serial: '3', column: columnOf(15), value: '一线服务技能培训' },
      { severity: 'error', file: 'tests/fixtures/three-errors.csv', line: 5, serial: '4', column: columnOf(10), value: '尚未开展相关工作┋其他〖试运行〗' },
    ]);
    expect(r.warnings.map((w) => [w.severity, w.line, w.column])).toEqual([['warning', 2, columnOf(24)]]);
  });
});

describe('formatProblem', () => {
  it('writes a problem as one readable Chinese line', () => {
    expect(
      formatProblem({ severity: 'error', file: 'data/x.csv', line: 5, serial: '4', column: columnOf(9), value: '资源推荐', message: '不是本题的选项；应为：资源荐购、上门送书/取书服务' }),
    ).toBe('data/x.csv 第 5 行（序号 4）列「9、目前贵馆提供了以下哪些类型的服务？」值「资源推荐」：不是本题的选项；应为：资源荐购、上门送书/取书服务');
  });

  it('marks warnings, and writes file-level problems without a line', () => {
    expect(formatProblem({ severity: 'warning', file: 'a.csv', line: 2, serial: '1', column: '所用时间', value: '520', message: '格式应为秒数加「秒」，如 520秒' })).toBe(
      '警告：a.csv 第 2 行（序号 1）列「所用时间」值「520」：格式应为秒数加「秒」，如 520秒',
    );
    expect(formatProblem({ severity: 'error', file: 'a.csv', message: '找不到这个文件' })).toBe('a.csv：找不到这个文件');
  });

  it('shows line breaks in a value as ↵ and cuts long values', () => {
    const line = formatProblem({ severity: 'error', file: 'a.csv', line: 2, value: `a\nb${'长'.repeat(200)}`, message: 'm' });
    expect(line).toContain('值「a↵b长');
    expect(line).toContain('…」');
    expect(line).not.toContain('\n');
  });

  it('sorts by line, file-level problems first', () => {
    const text = formatProblems([
      { severity: 'error', file: 'a.csv', line: 9, message: 'later' },
      { severity: 'error', file: 'a.csv', message: 'file' },
      { severity: 'warning', file: 'a.csv', line: 3, message: 'earlier' },
    ]);
    expect(text.split('\n')).toEqual(['a.csv：file', '警告：a.csv 第 3 行：earlier', 'a.csv 第 9 行：later']);
  });
});
