/**
 * A small static file server for the built site, as a static host would serve
 * it: `dir/` under `base` (`/` or a sub-path such as `/sub/path/`), `index.html`
 * for folder URLs, a redirect from `/x` to `/x/` for folders, `404.html` with
 * status 404 for anything else, the right content types (Pagefind needs
 * `application/wasm` and JavaScript modules need a JS type), and text gzipped
 * for clients that accept it.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const types: Record<string, string | undefined> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export function contentType(path: string): string {
  const ext = extname(path).toLowerCase();
  // Pagefind's index chunks (.pf_meta, .pf_index, .pf_fragment) and its wasm.unknown.pagefind.
  return types[ext] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** Origin plus base, ending in `/`: e.g. `http://127.0.0.1:40123/sub/path/`. */
  url: string;
  origin: string;
  base: string;
  /** Every request the server answered with a status ≥ 400. */
  failures: { path: string; status: number }[];
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function isDir(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export async function startStaticServer(dir: string, base = '/'): Promise<StaticServer> {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const failures: StaticServer['failures'] = [];

  async function notFound(res: import('node:http').ServerResponse, path: string) {
    failures.push({ path, status: 404 });
    const page = join(root, '404.html');
    res.statusCode = 404;
    if (await isFile(page)) {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(await readFile(page));
    } else {
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('Not found');
    }
  }

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.statusCode = 400;
      failures.push({ path: url.pathname, status: 400 });
      res.end('Bad request');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      failures.push({ path: pathname, status: 405 });
      res.end();
      return;
    }
    if (!pathname.startsWith(prefix)) {
      if (`${pathname}/` === prefix) {
        res.statusCode = 301;
        res.setHeader('location', prefix);
        res.end();
        return;
      }
      return notFound(res, pathname);
    }
    const rel = pathname.slice(prefix.length);
    let file = normalize(join(root, rel));
    if (file !== root && !file.startsWith(root + sep)) return notFound(res, pathname);
    if (await isDir(file)) {
      if (!pathname.endsWith('/')) {
        res.statusCode = 301;
        res.setHeader('location', `${url.pathname}/${url.search}`);
        res.end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!(await isFile(file))) return notFound(res, pathname);
    const type = contentType(file);
    // Static hosts compress text; without it Lighthouse would time a download no reader makes.
    const compress = /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = compress ? gzipSync(await readFile(file)) : await readFile(file);
    if (compress) res.setHeader('content-encoding', 'gzip');
    res.setHeader('content-type', type);
    res.setHeader('content-length', body.length);
    res.setHeader('cache-control', 'no-store');
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${prefix}`,
    origin,
    base: prefix,
    failures,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((e) => (e ? fail(e) : ok()));
      }),
  };
}
