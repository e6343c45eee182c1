/**
 * The reader-survey example (examples/reader-survey): scales, matrices and a
 * ranking, with its response file counted the plain way here (split cells,
 * count, add up), independently of src/survey/analysis, so the site is
 * checked against figures the data layer did not compute.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParseRows } from 'd3-dsv';

export const readerRoot = resolve('examples/reader-survey');
export const readerDist = resolve('test-results/example/reader-survey');
/** A copy whose chapter claims more of a top-2-box share than the data give, built with `--strict`. */
export const falseClaimRoot = resolve('test-results/example/reader-false-claim');
export const falseClaimBuild = resolve('test-results/example/reader-false-claim.json');

const [header, ...rows] = csvParseRows(readFileSync(resolve(readerRoot, 'data/responses.csv'), 'utf8').replace(/^\uFEFF/, ''));
export const readerTotal = rows.length;

/** The cells of the column headed `heading`. */
export function cells(heading: string): string[] {
  const i = header!.indexOf(heading);
  if (i < 0) throw new Error(`no column ${heading}`);
  return rows.map((r) => r[i]!);
}

/** The column of question n (its header starts `n、`). */
export function questionCells(n: number): string[] {
  return cells(header!.find((h) => h.startsWith(`${n}、`))!);
}

const five = ['非常不同意', '不同意', '一般', '同意', '非常同意'];
const satisfaction = ['非常不满意', '不满意', '一般', '满意', '非常满意'];

/** Scores 1–5 of a column of five-point labels (reversed: 6 − score); null for 不适用. */
export function scores(column: string[], labels: 'agree' | 'satisfied', reverse = false): (number | null)[] {
  const scale = labels === 'agree' ? five : satisfaction;
  return column.map((c) => {
    const i = scale.indexOf(c);
    if (i < 0) return null;
    return reverse ? 5 - i : i + 1;
  });
}

export const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
export function sd(xs: number[]): number {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}
