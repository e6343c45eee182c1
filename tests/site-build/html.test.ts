/**
 * Every page of the 2023 build is valid HTML for the W3C Nu Html Checker
 * (npm package vnu-jar, run on the machine's Java 17+). A failure lists each
 * error as file:line: message.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPages } from '../browser/site.ts';
import { dist2023 } from './builds.ts';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** The checker's errors for `files`, each as `file:line: message` with the file relative to `root`. */
function nuErrors(root: string, files: string[]): string[] {
  const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error('未找到 java：HTML 校验（vnu-jar）需要 Java 17 或更高版本，请安装 default-jre-headless');
  const { messages } = JSON.parse(run.stderr) as { messages: NuMessage[] };
  return messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${relative(root, fileURLToPath(m.url))}:${m.lastLine ?? '?'}: ${m.message}`);
}

describe('HTML validity (W3C Nu Html Checker)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'nu-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('reports an invalid page by file, line and message', () => {
    const bad = join(scratch, 'bad.html');
    writeFileSync(bad, '<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head>\n<body><form action=""></form></body></html>\n');
    expect(nuErrors(scratch, [bad])).toEqual(['bad.html:3: Bad value “” for attribute “action” on element “form”: Must be non-empty.']);
  });

  it('finds no error in any page of the 2023 build', () => {
    const files = builtPages(dist2023).map((p) => join(dist2023, p === '' || p.endsWith('/') ? `${p}index.html` : p));
    expect(files.length).toBeGreaterThanOrEqual(14);
    expect(nuErrors(dist2023, files)).toEqual([]);
  });
});
