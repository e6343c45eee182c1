/** `npm run dev` as a maintainer runs it, on a report folder of the bench's own: started, its address known, and stopped. */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export interface DevServer {
  /** `http://localhost:<port>/`, as Astro prints it. */
  url: string;
  /** Stops the server and resolves once it has exited: it writes its content store as it shuts down, which the next server must not read. */
  stop(): Promise<void>;
}

/**
 * `astro dev` keeps its content store in the project's `.astro/` whatever the
 * report folder (the build's cache is per folder, the dev store is not). A
 * store left by a dev server on another, since deleted, copy with the same
 * chapters was seen to point the new server at the old copy's chapter
 * modules ("Cannot find module 'astro:content-layer-deferred-module?…'").
 * Each bench server starts from no store, as on a fresh checkout.
 */
function clearDevContentStore(): void {
  for (const file of ['data-store.json', 'content-modules.mjs', 'content-assets.mjs']) rmSync(join('.astro', file), { force: true });
}

/** Starts `astro dev` with `REPORT_ROOT=root` (Node 24: the one running the bench) and resolves once it listens. */
export function startDevServer(root: string, timeoutMs = 120_000): Promise<DevServer> {
  clearDevContentStore();
  const child = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--ignore-lock', '--port', String(44000 + (process.pid % 1000))], {
    env: { ...process.env, NODE_ENV: 'development', REPORT_ROOT: root, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it stops whatever it started too.
    detached: true,
  });
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  const signal = (name: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, name);
    } catch {
      // already gone
    }
  };
  const stop = async () => {
    signal('SIGTERM');
    const late = setTimeout(() => signal('SIGKILL'), 10_000);
    await exited;
    clearTimeout(late);
  };
  return new Promise((ok, fail) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      fail(new Error(`astro dev did not start:\n${output}`));
    }, timeoutMs);
    const read = (chunk: Buffer) => {
      // Astro moves on from a port in use and colours its banner: read the address it prints.
      output += stripVTControlCharacters(chunk.toString());
      const url = /Local\s+(http:\/\/localhost:\d+\/)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        ok({ url, stop });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => fail(new Error(`astro dev exited (${code}):\n${output}`)));
  });
}
