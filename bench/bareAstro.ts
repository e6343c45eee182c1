/**
 * The reference for the build's time: a throwaway Astro project whose pages
 * are the built site's HTML files as they are (`src/pages/**.html`), with the
 * site's other files (styles, scripts, CSV downloads) in `public/`, built by
 * the same Astro from the project's node_modules. It renders the same HTML
 * with none of the report's work: no data, no statements, no charts, no search index.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** Which folder of a bare project a built file goes to: HTML pages to `src/pages/`, the search index nowhere (it is the report build's own step), the rest to `public/`. */
export function bareDestination(relativePath: string): 'src/pages' | 'public' | undefined {
  const path = relativePath.split('\\').join('/');
  if (path === 'pagefind' || path.startsWith('pagefind/')) return undefined;
  return path.endsWith('.html') ? 'src/pages' : 'public';
}

/** Makes the bare project of the built site `dist` in a new temporary folder: its path. */
export function makeBareProject(dist: string): string {
  const root = mkdtempSync(join(tmpdir(), 'bench-bare-astro-'));
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const from = join(entry.parentPath, entry.name);
    const rel = from.slice(resolve(dist).length + 1);
    const to = bareDestination(rel);
    if (!to) continue;
    mkdirSync(dirname(join(root, to, rel)), { recursive: true });
    cpSync(from, join(root, to, rel));
  }
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'package.json'), '{ "name": "bare-astro-bench", "private": true, "type": "module" }\n');
  // As the report's site: pages as folders (`results/index.html`), no toolbar.
  writeFileSync(join(root, 'astro.config.mjs'), "export default { build: { format: 'directory' }, devToolbar: { enabled: false } };\n");
  return root;
}
