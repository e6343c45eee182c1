import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { componentLocations } from '../../src/astro/componentLocations.ts';

const source = ['# 标题', '', '比例为 <Pct question={6} option="校友" />。', '', '<Figure id="f" title="图">', '  <FrameworkDiagram />', '</Figure>', '', '<span>小写元素</span>', ''].join('\n');

describe('the MDX plugin that locates chapter components', () => {
  it('gives each capitalised component (inline, block, nested) its file, relative to the project, and line; leaves HTML elements alone', async () => {
    const { code } = await mdxToJs(source, { mdastPlugins: [componentLocations], fileURL: pathToFileURL(resolve('content/chapters/99-x.mdx')), jsxImportSource: 'astro' });
    const locations = [...code.matchAll(/__at: "([^"]+)"/g)].map((m) => m[1]);
    expect(locations).toEqual(['content/chapters/99-x.mdx:3', 'content/chapters/99-x.mdx:5', 'content/chapters/99-x.mdx:6']);
    expect(code).toContain('option: "校友"');
  });
});
