import { describe, expect, it } from 'vitest';
import { outlineChapter } from '../../src/outline/chapterOutline.ts';
import { numberLabel, outlineOf } from '../../src/outline/outline.ts';

const chapter = (id: string, order: number, body: string) => outlineChapter(id, `content/chapters/${id}.mdx`, `---\ntitle: ${id}\norder: ${order}\ndescription: d\n---\n\n${body}\n`);

describe('the report’s chapters together', () => {
  const outline = outlineOf([
    chapter('b', 2, '<FrequencyTable id="t2" title="乙" />\n\n<Figure id="f1" title="图甲"><X /></Figure>\n\n见<Cite n={1} />。\n\n<References />'),
    chapter('a', 1, '<FrequencyTable id="t1" title="甲" />\n\n见<Cite n={1} />与<Cite n={2} />。'),
  ]);

  it('orders chapters by `order`, and numbers tables and figures apart across them in that order', () => {
    expect(outline.chapters.map((c) => c.id)).toEqual(['a', 'b']);
    expect([...outline.numbered.values()].map((e) => `${e.id} ${numberLabel(e)} ${e.chapter}`)).toEqual(['t1 表 1 a', 't2 表 2 b', 'f1 图 1 b']);
  });

  it('lists the chapters citing each reference, and finds the chapter placing a component', () => {
    expect(Object.fromEntries(outline.citing)).toEqual({ 1: ['a', 'b'], 2: ['a'] });
    expect(outline.chapterWith('References')).toBe('b');
    expect(outline.chapterWith('DataSummary')).toBeUndefined();
  });

  it('refuses an id used twice, naming both places', () => {
    expect(() => outlineOf([chapter('a', 1, '<Figure id="x" title="甲" />'), chapter('b', 2, '<FrequencyTable id="x" title="乙" />')])).toThrow(
      'content/chapters/b.mdx:7 id「x」重复：content/chapters/a.mdx:7 已用过',
    );
  });
});
