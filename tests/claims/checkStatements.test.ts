import { describe, expect, it } from 'vitest';
import { checkStatements } from '../../src/claims/checkStatements.ts';
import { parseMdx } from '../../src/outline/mdxTree.ts';

/** The statements of an MDX source, as the build finds them in its syntax tree. */
const checkMdx = (source: string, file: string, data: Parameters<typeof checkStatements>[2]) => checkStatements(parseMdx(source), file, data, new Map([['x', '表 4']]));
import { fakeData } from './fakeData.ts';

const data = fakeData({ total: 100, options: { 10: { 甲: 90, 乙: 80, 丙: 10 } } });

const source = `---
title: 测试
---

## 1 节

在某处，<Top question={10} options={["甲"]}>甲最多</Top>，<Pct question={10} option="乙" />选乙。另一句<Share question={10} options={["乙"]} atLeast={90}>乙很普遍</Share>，见<Ref to="x" />和文献<Cite n={2} />。

<Top question={10} options={["乙"]}>乙最多。</Top>

- 其次是<TopNames question={10} from={2} count={1} />。
`;

describe('finding statements in MDX (parsed with the site’s own MDX parser)', () => {
  const found = checkMdx(source, 'content/chapters/t.mdx', data);

  it('finds every statement with its line, its sentence as plain text (figures as printed), and its verdict', () => {
    expect(found.map(({ line, component, holds, text, marked }) => ({ line, component, holds, text, marked }))).toEqual([
      { line: 7, component: 'Top', holds: true, text: '在某处，甲最多，80.00%选乙。', marked: '在某处，【甲最多】，80.00%选乙。' },
      { line: 7, component: 'Share', holds: false, text: '另一句乙很普遍，见表 4和文献[2]。', marked: '另一句【乙很普遍】，见表 4和文献[2]。' },
      { line: 9, component: 'Top', holds: false, text: '乙最多。', marked: '【乙最多。】' },
      { line: 11, component: 'TopNames', holds: true, text: '其次是乙。', marked: '其次是【乙】。' },
    ]);
    expect(found[1]!.now).toBe('第 10 题：乙 80.00%，低于所写的 90%');
    expect(found.every((s) => s.file === 'content/chapters/t.mdx')).toBe(true);
  });

  it('words <Count> as the component prints it, 其他 included (it has no row in the ranked table)', () => {
    const withOther = { ...data, optionCount: (q: number, text: string) => (text === '其他' ? 7 : data.optionCount(q, text)) };
    const [found] = checkMdx('<Top question={10} options={["甲"]}>甲最多</Top>，<Count question={10} option="其他" /> 家选其他。\n', 'content/chapters/t.mdx', withOther);
    expect(found!.text).toBe('甲最多，7 家选其他。');
  });

  it('reports a prop that is not a literal with the file and line', () => {
    const bad = "文字<Top question={10} options={['甲']}>甲</Top>。\n";
    expect(() => checkMdx(`\n\n${bad}`, 'content/chapters/t.mdx', data)).toThrow(
      'content/chapters/t.mdx:3 <Top>：属性 options={[\'甲\']} 应为数字或用双引号的文字列表，如 ["甲", "乙"]',
    );
  });

  it('reports an unknown option with the file and line', () => {
    expect(() => checkMdx('文字<Top question={10} options={["丁"]}>丁</Top>。\n', 'content/chapters/t.mdx', data)).toThrow(
      'content/chapters/t.mdx:1 <Top>：第 10 题没有可排序的选项「丁」',
    );
  });
});
