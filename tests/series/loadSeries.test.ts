/**
 * series.json checked against the editions' questionnaires: each wrong link
 * is named by its place in the file, with the file and, where there is one,
 * the nearest valid value. The example series, copied and edited.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeries } from '../../src/series/loadSeries.ts';

const example = 'examples/reading-series';
const tmp = mkdtempSync(join(tmpdir(), 'load-series-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Entry = { continues?: number | null; continue?: number; reworded?: boolean; options?: Record<string, unknown> };
type SeriesJson = { title: string; editions: { id: string; label: string; questions?: Record<string, Entry> }[] };

/** The message loadSeries gives for the example series as `edit` changes it, and the path of that series.json. */
function problem(name: string, edit: (s: SeriesJson) => void): { message: string; file: string } {
  const root = join(tmp, name);
  for (const id of ['2024', '2025']) cpSync(join(example, id, 'data'), join(root, id, 'data'), { recursive: true });
  const series = JSON.parse(readFileSync(join(example, 'series.json'), 'utf8')) as SeriesJson & { $schema?: string };
  delete series.$schema;
  edit(series);
  const file = join(root, 'series.json');
  writeFileSync(file, JSON.stringify(series));
  const r = loadSeries(root);
  if (r.ok) throw new Error(`${name}: loaded without a problem`);
  return { message: r.message, file };
}

const q = (s: SeriesJson, n: number) => s.editions[1]!.questions![String(n)]!;

describe('loadSeries', () => {
  it('reads the example: links, renamed and added options, a reworded question, a new one', () => {
    const r = loadSeries(example);
    if (!r.ok) throw new Error(r.message);
    const [first, second] = r.series.editions;
    expect(first!.links.size).toBe(0);
    expect([...second!.links.keys()]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(second!.links.get(2)).toEqual({ continues: 2, reworded: false, optionFrom: ['图书借阅', '亲子阅读活动', '读书会', '讲座与展览', '数字阅读', null], dropped: [] });
    expect(second!.links.get(5)).toMatchObject({ continues: 6, reworded: true });
  });

  it('a renamed option the earlier question does not have: its place, the file, the nearest option', () => {
    const { message, file } = problem('renamed', (s) => (q(s, 2).options = { renamed: { 数字阅渎: '数字阅读服务' }, added: ['自习空间'] }));
    expect(message.split('\n')).toEqual([
      `系列文件 ${file} 有 1 处问题：`,
      '  editions[1].questions.2.options.renamed.数字阅渎：2024 版第 2 题没有选项「数字阅渎」；是否是「数字阅读」？',
    ]);
  });

  it('a renamed-to option, an added and a dropped option that do not exist, each with its nearest option', () => {
    const { message } = problem('options', (s) => {
      q(s, 2).options = { renamed: { 数字阅读: '数字阅读服物' }, added: ['自习空问'] };
      q(s, 6).options = { dropped: ['是否'] };
    });
    expect(message.split('\n').slice(1)).toEqual([
      '  editions[1].questions.2.options.renamed.数字阅读：本版第 2 题没有选项「数字阅读服物」；是否是「数字阅读服务」？',
      '  editions[1].questions.2.options.added[0]：本版第 2 题没有选项「自习空问」；是否是「自习空间」？',
      '  editions[1].questions.6.options.dropped[0]：2024 版第 7 题没有选项「是否」；是否是「是」？',
    ]);
  });

  it('an option neither linked nor declared: where to write it, and the old option it is nearest to', () => {
    const { message } = problem('unaccounted', (s) => (q(s, 2).options = { added: ['自习空间'] }));
    expect(message.split('\n').slice(1)).toEqual([
      '  editions[1].questions.2.options：本版第 2 题的选项「数字阅读服务」在 2024 版第 2 题中没有：请写入 added，或在 renamed 中写明它由哪个选项改名而来；是否是「数字阅读」？',
      '  editions[1].questions.2.options：2024 版第 2 题的选项「数字阅读」在本版中没有：请写入 dropped，或在 renamed 中写明它改成了哪个选项；是否是「数字阅读服务」？',
    ]);
  });

  it('a question that does not exist, in either edition: the valid question numbers', () => {
    const { message, file } = problem('questions', (s) => {
      q(s, 5).continues = 9;
      s.editions[1]!.questions!['8'] = { continues: null };
    });
    expect(message.split('\n')).toEqual([
      `系列文件 ${file} 有 2 处问题：`,
      '  editions[1].questions.5.continues：2024 版没有第 9 题（共 7 题，为第 1–7 题）',
      '  editions[1].questions.8：本版没有第 8 题（共 7 题，为第 1–7 题）',
    ]);
  });

  it('a question of another type, and one old question continued twice', () => {
    const { message } = problem('types', (s) => {
      q(s, 3).continues = 5;
      q(s, 7).continues = 7;
    });
    expect(message.split('\n').slice(1)).toEqual([
      '  editions[1].questions.3.continues：本版第 3 题（single）与 2024 版第 5 题（multiple）题型不同，不能比较；不延续请写 null',
      '  editions[1].questions.7.continues：第 6 题已延续 2024 版第 7 题；一道旧题只能由一道新题延续',
    ]);
  });

  it('a mistyped key: the key it is nearest to', () => {
    const { message } = problem('keys', (s) => {
      s.editions[1]!.questions!['6'] = { continue: 7 };
      q(s, 2).options = { rename: { 数字阅读: '数字阅读服务' }, added: ['自习空间'] };
    });
    expect(message).toContain('  editions[1].questions.6：出现未知的键(key): "continue"；是否是「continues」？');
    expect(message).toContain('  editions[1].questions.2.options：出现未知的键(key): "rename"；是否是「renamed」？');
  });

  it('an edition folder that is not there: the unused folder it is nearest to', () => {
    const { message } = problem('folder', (s) => (s.editions[1]!.id = '2052'));
    expect(message).toContain(`  editions[1].id：找不到版本文件夹 ${join(tmp, 'folder', '2052')}/；是否是「2025」？`);
  });

  it('a question left out of a later edition’s links', () => {
    const { message } = problem('missing', (s) => delete s.editions[1]!.questions!['7']);
    expect(message).toContain('  editions[1].questions：没有写明第 7 题是否延续 2024 版的题目：写 { "continues": 题号 }，新题写 { "continues": null }');
  });
});
