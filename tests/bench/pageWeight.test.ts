import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPageWeights, measurePageWeights } from '../../bench/pageWeight.ts';

let dist: string;
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'page-weight-'));
  await mkdir(join(dist, '_astro'));
  await mkdir(join(dist, 'results'));
  await mkdir(join(dist, 'pagefind'));
  await writeFile(join(dist, '_astro', 'site.css'), 'body{color:red}'); // 15 bytes
  await writeFile(join(dist, '_astro', 'main.js'), 'import"./chunk.js";const p=()=>import("/pagefind/pagefind.js");'); // 63 bytes
  await writeFile(join(dist, '_astro', 'chunk.js'), 'console.log(1)'); // 14 bytes
  await writeFile(join(dist, 'pagefind', 'pagefind.js'), 'x'.repeat(5000));
  const page = (extra: string) =>
    `<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"><style>a{}</style></head><body>${extra}<script>var t=1</script></body></html>`;
  await writeFile(join(dist, 'index.html'), page('<script type="module" src="/_astro/main.js"></script>'));
  await writeFile(join(dist, 'results', 'index.html'), page(''));
});
afterAll(async () => {
  await rm(dist, { recursive: true, force: true });
});

describe('page weight', () => {
  it('counts linked CSS, page-load JS with its static imports, and not the dynamically imported search', () => {
    const [home, results] = measurePageWeights(dist);
    expect(home!.page).toBe('/');
    expect(home!.css.raw).toBe(15);
    expect(home!.js.raw).toBe(63 + 14);
    expect(home!.inlineCss).toBe(3);
    expect(home!.inlineJs).toBe(7);
    expect(home!.files.sort()).toEqual(['_astro/chunk.js', '_astro/main.js', '_astro/site.css']);
    expect(results!.page).toBe('/results/');
    expect(results!.js.raw).toBe(0);
    expect(home!.html.gzip).toBeGreaterThan(0);
    expect(formatPageWeights([home!, results!])).toContain('/results/');
  });

  it('says to build first when there is no site', () => {
    expect(() => measurePageWeights(join(dist, 'nothing'))).toThrow(/npm run build/);
  });
});
