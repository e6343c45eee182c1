/**
 * Every page of the 2023 build is valid HTML for the W3C Nu Html Checker
 * (npm package vnu-jar, run on the machine's Java 17+). A failure lists each
 * error as file:line: message.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtHtmlFiles, nuErrors } from '../helpers/nuChecker.ts';
import { dist2023 } from './builds.ts';

describe('HTML validity (W3C Nu Html Checker)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'nu-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('reports an invalid page by file, line and message', () => {
    const bad = join(scratch, 'bad.html');
    writeFileSync(bad, '<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head>\n<body><form action=""></form></body></html>\n');
    expect(nuErrors(scratch, [bad])).toEqual(['bad.html:3: Bad value “” for attribute “action” on element “form”: Must be non-empty.']);
  });

  it('finds no error in any page of the 2023 build', () => {
    const files = builtHtmlFiles(dist2023);
    expect(files.length).toBeGreaterThanOrEqual(14);
    expect(nuErrors(dist2023, files)).toEqual([]);
  });
});
