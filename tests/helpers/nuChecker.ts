/**
 * The W3C Nu Html Checker (npm package vnu-jar, run on the machine's Java 17+)
 * over built pages: each error as file:line: message.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from '../browser/site.ts';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** The checker's errors for `files`, each as `file:line: message` with the file relative to `root`. */
export function nuErrors(root: string, files: string[]): string[] {
  const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error('未找到 java：HTML 校验（vnu-jar）需要 Java 17 或更高版本，请安装 default-jre-headless');
  const { messages } = JSON.parse(run.stderr) as { messages: NuMessage[] };
  return messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${relative(root, fileURLToPath(m.url))}:${m.lastLine ?? '?'}: ${m.message}`);
}

/** Every HTML file of the built site in `dist`. */
export function builtHtmlFiles(dist: string): string[] {
  return builtPages(dist).map((p) => join(dist, p === '' || p.endsWith('/') ? `${p}index.html` : p));
}
