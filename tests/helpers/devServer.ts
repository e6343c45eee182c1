/** `astro dev` started for a test as a maintainer starts it, answered once a page serves. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { shellEnv } from './shellEnv.ts';

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

export interface DevServer {
  /** The HTML of `path` once the server answered it. */
  html: string;
  origin: string;
  stop(): void;
}

/**
 * Starts `astro dev` with `env` added to a shell's environment and waits until `path` answers 200.
 * `--ignore-lock`: Astro 7 allows one tracked dev server per project, and test files run side by side.
 */
export async function startDevServer(env: Record<string, string>, path: string): Promise<DevServer> {
  const port = await freePort();
  const server: ChildProcess = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--ignore-lock', '--port', String(port)], {
    env: { ...shellEnv(), ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  const origin = `http://localhost:${port}`;
  const stop = () => {
    // Its whole process group: astro dev starts workers of its own. Stopping twice is harmless.
    if (server.pid && server.exitCode === null && server.signalCode === null) {
      try {
        process.kill(-server.pid);
      } catch {
        // already gone
      }
    }
  };
  for (let tries = 0; tries < 120; tries++) {
    try {
      const res = await fetch(`${origin}${path}`);
      const html = await res.text();
      if (res.ok) return { html, origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error('astro dev did not answer');
}
