/**
 * Page weight of a built site: for each HTML page in `dist/`, the bytes a
 * reader downloads when the page loads, raw and gzipped:
 * - HTML: the document (inline <style> and <script> included, also shown apart);
 * - CSS: linked stylesheets (`<link rel="stylesheet">`), each file counted once per page;
 * - JS: scripts that run at page load (`<script src>`, and the modules those import
 *   statically). Search loads Pagefind with a dynamic import() only when the reader
 *   uses the box, so it is not counted here; its first-use cost is reported apart.
 *
 * `npm run bench` runs it as a section (bench/run.ts); alone: `node bench/pageWeight.ts [dist]`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';

export interface Size {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  /** URL path under the base, e.g. `/results/`. */
  page: string;
  html: Size;
  /** Of the HTML: bytes inside inline <style> and <script> elements. */
  inlineCss: number;
  inlineJs: number;
  css: Size;
  js: Size;
  /** The files counted in css and js, relative to dist. */
  files: string[];
}

const size = (bytes: Buffer): Size => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const zero = (): Size => ({ raw: 0, gzip: 0 });

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro') htmlFiles(path, out);
    } else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

/**
 * The site's base path, read from the built home page's stylesheet or icon link
 * (`/sub/path/_astro/x.css` → `/sub/path/`), so sub-path builds measure too.
 */
function basePath(dist: string): string {
  const home = readFileSync(join(dist, 'index.html'), 'utf8');
  const href = /<link[^>]+href="([^"]*?)(?:_astro\/[^"]+|favicon\.svg)"/.exec(home)?.[1];
  return href && href.startsWith('/') ? href : '/';
}

/** The file in dist that a URL on `page` names, or undefined when it is elsewhere. */
function fileFor(dist: string, base: string, pageUrl: string, ref: string): string | undefined {
  const url = new URL(ref, `http://site${pageUrl}`);
  if (url.host !== 'site' || !url.pathname.startsWith(base)) return undefined;
  const path = join(dist, decodeURIComponent(url.pathname.slice(base.length)));
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

/** Static imports of an ES module: `import x from "./a.js"`, `import "./b.js"`, `export * from "./c.js"`. */
function staticImports(code: string): string[] {
  const found: string[] = [];
  const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const m of code.matchAll(re)) found.push(m[1]!);
  return found;
}

export function measurePageWeights(distDir = 'dist'): PageWeight[] {
  const dist = resolve(distDir);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${distDir}/index.html not found: run npm run build first`);
  const base = basePath(dist);
  const pages: PageWeight[] = [];

  for (const file of htmlFiles(dist)) {
    const rel = relative(dist, file).split('\\').join('/');
    const pageUrl = `${base}${rel.replace(/(^|\/)index\.html$/, '$1')}`;
    const bytes = readFileSync(file);
    const { document } = parseHTML(bytes.toString('utf8'));
    const weight: PageWeight = { page: pageUrl, html: size(bytes), inlineCss: 0, inlineJs: 0, css: zero(), js: zero(), files: [] };
    const counted = new Set<string>();

    for (const style of document.querySelectorAll('style')) weight.inlineCss += Buffer.byteLength(style.textContent ?? '');
    for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]')) {
      const path = fileFor(dist, base, pageUrl, link.getAttribute('href')!);
      if (!path || counted.has(path)) continue;
      counted.add(path);
      weight.css = add(weight.css, size(readFileSync(path)));
    }

    /** A module file and, recursively, what it imports statically (relative to its own URL). */
    const loadModule = (path: string) => {
      if (counted.has(path)) return;
      counted.add(path);
      const code = readFileSync(path);
      weight.js = add(weight.js, size(code));
      const moduleUrl = `${base}${relative(dist, path).split('\\').join('/')}`;
      for (const spec of staticImports(code.toString('utf8'))) {
        const next = fileFor(dist, base, moduleUrl, spec);
        if (next) loadModule(next);
      }
    };
    for (const script of document.querySelectorAll('script')) {
      const src = script.getAttribute('src');
      if (!src) {
        const code = script.textContent ?? '';
        weight.inlineJs += Buffer.byteLength(code);
        // An inline module can import files statically too.
        if (script.getAttribute('type') === 'module') {
          for (const spec of staticImports(code)) {
            const path = fileFor(dist, base, pageUrl, spec);
            if (path) loadModule(path);
          }
        }
        continue;
      }
      const path = fileFor(dist, base, pageUrl, src);
      if (path) loadModule(path);
    }
    weight.files = [...counted].map((p) => relative(dist, p));
    pages.push(weight);
  }
  return pages.sort((a, b) => a.page.localeCompare(b.page));
}

/** What the first search costs: Pagefind's script, its WebAssembly, and the language metadata. */
export function searchFirstUse(distDir = 'dist'): Size | undefined {
  const dir = join(resolve(distDir), 'pagefind');
  if (!existsSync(dir)) return undefined;
  let total = zero();
  for (const name of readdirSync(dir)) {
    if (name === 'pagefind.js' || name.startsWith('wasm.') || name.endsWith('.pf_meta')) total = add(total, size(readFileSync(join(dir, name))));
  }
  return total;
}

const kb = (n: number) => (n / 1024).toFixed(1);

export function formatPageWeights(pages: PageWeight[], search?: Size): string {
  const header = ['page', 'HTML', 'HTML gz', 'inline CSS', 'inline JS', 'CSS', 'CSS gz', 'JS', 'JS gz', 'total gz'];
  const rows = pages.map((p) => [
    p.page,
    kb(p.html.raw),
    kb(p.html.gzip),
    kb(p.inlineCss),
    kb(p.inlineJs),
    kb(p.css.raw),
    kb(p.css.gzip),
    kb(p.js.raw),
    kb(p.js.gzip),
    kb(p.html.gzip + p.css.gzip + p.js.gzip),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = ['sizes in KiB (1024 bytes); gz = gzip -9', line(header), ...rows.map(line)];
  if (search) out.push('', `search on first use (pagefind.js + wasm + metadata, loaded on demand, not above): ${kb(search.raw)} KiB, ${kb(search.gzip)} KiB gz, plus index chunks per query`);
  return out.join('\n');
}

/** The bench section: `{ report }` as bench/run.ts expects. */
export async function pageWeightBench(options: { dist?: string } = {}): Promise<{ report: string; pages: PageWeight[] }> {
  const dist = options.dist ?? 'dist';
  const pages = measurePageWeights(dist);
  return { report: formatPageWeights(pages, searchFirstUse(dist)), pages };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log((await pageWeightBench({ dist: process.argv[2] })).report);
}
