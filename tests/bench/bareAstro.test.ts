import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bareDestination, makeBareProject } from '../../bench/bareAstro.ts';

describe('the bare Astro project the build is compared with', () => {
  it('takes HTML as pages, other files as public files, and leaves the search index out', () => {
    expect(bareDestination('results/index.html')).toBe('src/pages');
    expect(bareDestination('404.html')).toBe('src/pages');
    expect(bareDestination('_astro/site.css')).toBe('public');
    expect(bareDestination('data/q4.csv')).toBe('public');
    expect(bareDestination('pagefind/pagefind.js')).toBeUndefined();
  });

  it('copies a built site into that layout, byte for byte', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bare-test-dist-'));
    mkdirSync(join(dist, 'results'));
    mkdirSync(join(dist, 'pagefind'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><html lang="zh-CN"><body>首页</body></html>');
    writeFileSync(join(dist, 'results', 'index.html'), '<p>结果</p>');
    writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
    writeFileSync(join(dist, 'pagefind', 'x.js'), '1');
    const root = makeBareProject(dist);
    try {
      expect(readFileSync(join(root, 'src/pages/results/index.html'), 'utf8')).toBe('<p>结果</p>');
      expect(readFileSync(join(root, 'src/pages/index.html'), 'utf8')).toContain('首页');
      expect(readFileSync(join(root, 'public/favicon.svg'), 'utf8')).toBe('<svg/>');
      expect(existsSync(join(root, 'public/pagefind'))).toBe(false);
      expect(existsSync(join(root, 'node_modules/astro'))).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
