import { describe, expect, it } from 'vitest';
import { ChapterError, outlineChapter } from '../../src/outline/chapterOutline.ts';

const front = '---\ntitle: "第一章：表与图"\norder: 2\ndescription: 说明\n---\n';

describe('a chapter read once from its MDX syntax tree', () => {
  it('reads the front matter with the collection’s schema', () => {
    expect(outlineChapter('01-a', 'content/chapters/01-a.mdx', `${front}\n正文。\n`).frontmatter).toEqual({ title: '第一章：表与图', order: 2, description: '说明' });
  });

  it('numbers tables and figures whatever quoting the attributes use, and keeps a “>” inside a title', () => {
    const source = [
      front,
      `<FrequencyTable id="a" question={4} title="渠道 > 其他" />`,
      '',
      `<CorrelationTable id='b' title='单引号的标题' />`,
      '',
      '<Figure id={"c"} title={"表达式的标题"}>',
      '  <Inner />',
      '</Figure>',
      '',
    ].join('\n');
    expect(outlineChapter('01-a', 'x.mdx', source).numbered).toEqual([
      { kind: '表', id: 'a', title: '渠道 > 其他', line: 7, question: 4 },
      { kind: '表', id: 'b', title: '单引号的标题', line: 9 },
      { kind: '图', id: 'c', title: '表达式的标题', line: 11 },
    ]);
  });

  it('ignores tags inside a code block, inline code and a {/* */} comment', () => {
    const source = [front, '```mdx', '<FrequencyTable id="code" title="x" />', '<Cite n={9} />', '```', '', '`<Figure id="inline" />`', '', '{/* <FrequencyTable id="comment" title="y" /> <Cite n={8} /> */}', '', '正文<Cite n={3} />与<Cite n={3} />。', ''].join('\n');
    const outline = outlineChapter('01-a', 'x.mdx', source);
    expect(outline.numbered).toEqual([]);
    expect(outline.citations).toEqual(['3', '3']);
    expect([...outline.components]).toEqual(['Cite']);
  });

  it('says where a numbered element lacks its id, and where the front matter is wrong', () => {
    expect(() => outlineChapter('01-a', 'content/chapters/01-a.mdx', `${front}\n\n<Figure title="无 id" />\n`)).toThrow('content/chapters/01-a.mdx:8 <Figure> 缺少 id');
    const bad = () => outlineChapter('01-a', 'content/chapters/01-a.mdx', '---\ntitle: 无序号\ndescription: d\n---\n');
    expect(bad).toThrow(ChapterError);
    expect(bad).toThrow(/^content\/chapters\/01-a\.mdx:1 frontmatter 有误：order：/);
  });
});
