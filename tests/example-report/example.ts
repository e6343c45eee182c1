/**
 * The example report (examples/community-reading): where its build goes, and
 * its response file counted the plain way (split cells, count, divide) so the
 * tests check the site against numbers the data layer did not compute.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParseRows } from 'd3-dsv';

export const exampleRoot = resolve('examples/community-reading');
export const exampleDist = resolve('test-results/example/dist');

const [header, ...rows] = csvParseRows(readFileSync(resolve(exampleRoot, 'data/responses.csv'), 'utf8').replace(/^\uFEFF/, ''));
const column = (n: number) => header!.findIndex((h) => h.startsWith(`${n}、`));

/** The options ticked in question `n` of each response (write-ins stripped; skipped and empty cells tick nothing). */
export function picks(n: number): string[][] {
  return rows.map((row) => {
    const cell = row[column(n)]!;
    return cell === '(跳过)' || cell === '(空)' || cell === '' ? [] : cell.split('┋').map((o) => o.replace(/〖.*〗$/, ''));
  });
}

export const total = rows.length;

/** How many responses ticked `option` of question `n`. */
export function count(n: number, option: string): number {
  return picks(n).filter((p) => p.includes(option)).length;
}

/** A share as the report prints it: two decimals, 100% and 0% without. */
export function percent(k: number): string {
  if (k === total) return '100%';
  if (k === 0) return '0%';
  return `${((k / total) * 100).toFixed(2)}%`;
}

/** An index per response: options ticked across its questions, an exclusive "none" option counting 0. */
export function indexValues(questions: number[], exclusive: string[] = []): number[] {
  const perQuestion = questions.map(picks);
  return rows.map((_, i) => perQuestion.reduce((sum, p) => sum + p[i]!.filter((o) => !exclusive.includes(o)).length, 0));
}

/** Pearson's r, from its definition. */
export function pearson(xs: number[], ys: number[]): number {
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const [mx, my] = [mean(xs), mean(ys)];
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i]! - my);
    sxx += (x - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

export const serviceIndex = indexValues([3, 6], ['没有专门招募']);
export const supportIndex = indexValues([5, 10]);
