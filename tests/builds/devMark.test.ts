/** In `astro dev`, a statement the data do not support is marked on the page with what the data say; one that holds is not. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFlippedSample } from '../claims/flippedSample.ts';
import { shellEnv } from '../helpers/shellEnv.ts';

const tmp = mkdtempSync(join(tmpdir(), 'claims-dev-'));
let server: ChildProcess;
let html: string;

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  server = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)], {
    env: { ...shellEnv(), REPORT_DATA: writeFlippedSample(join(tmp, 'flipped.csv')), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  for (let tries = 0; tries < 120; tries++) {
    try {
      const res = await fetch(`http://localhost:${port}/results/`);
      html = await res.text();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('astro dev did not answer');
}, 120_000);

afterAll(() => {
  if (server.pid) process.kill(-server.pid);
  rmSync(tmp, { recursive: true, force: true });
});

describe('dev marks', () => {
  it('marks each statement that does not hold, with its place and what the data say', () => {
    const doc = parseHTML(html).document;
    const marks = [...doc.querySelectorAll('mark.claim-fails')];
    expect(marks.map((m) => m.textContent)).toEqual([
      '最为常见的做法有日常广泛收集分析用户反馈、前期进行用户需求调研、开展服务试运行等',
      '馆内服务台的面对面交流、电话一对一沟通是图书馆最为核心的用户交流方式',
      '主要有用户需求多元且不断变化、人力不足、用户对服务体验的要求等',
    ]);
    expect(marks[0]!.nextElementSibling!.textContent).toBe(
      '〔数据核对：此表述与数据不符（content/chapters/04-results.mdx:34）。数据现为：第 10 题前三位现为：日常广泛收集分析用户反馈…（110）、邀请师生代表参与服务设计（109）、前期开展用户需求调研（106）；开展服务试运行…现为第 4 位〕',
    );
  });

  it('leaves a statement that holds as the editor wrote it', () => {
    const text = parseHTML(html).document.querySelector('article')!.textContent!;
    expect(text).toContain('其中，学生助理和志愿服务是最为普遍的参与方式。');
  });
});
