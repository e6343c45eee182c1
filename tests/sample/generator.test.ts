/**
 * The shipped sample is exactly what the seeded generator makes: running
 * `scripts/generate-sample.ts` again (into a temporary folder) gives
 * byte-identical files.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { dataDir } from './load.ts';

const run = promisify(execFile);
const script = resolve(import.meta.dirname, '../../scripts/generate-sample.ts');
const files = ['responses.csv', 'library-order.csv', 'README.md'];

let out: string | undefined;
afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

describe('generate-sample', () => {
  it('reproduces the shipped files byte for byte', async () => {
    out = await mkdtemp(join(tmpdir(), 'sample-'));
    // process.execPath: the Node that runs the tests (Node 24 from the `node` package under npm).
    await run(process.execPath, [script, '--out', out], { cwd: resolve(import.meta.dirname, '../..') });
    for (const name of files) {
      const [made, shipped] = await Promise.all([readFile(join(out, name)), readFile(join(dataDir, name))]);
      expect(made.equals(shipped), `${name} differs from data/${name}: run npm run generate-sample`).toBe(true);
    }
  }, 60_000);
});
