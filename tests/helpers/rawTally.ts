/**
 * Figures counted straight from a response file's cells with plain string
 * operations, independently of the validator and the analysis: what the
 * site tests compare the built pages against.
 */
import { csvParseRows } from 'd3-dsv';
import type { Questionnaire } from '../../src/survey/questionnaire.ts';

export interface RawTable {
  header: string[];
  rows: string[][];
}

/** A CSV text's header and rows (BOM dropped). */
export function parseRaw(text: string): RawTable {
  const [header, ...rows] = csvParseRows(text.replace(/^\uFEFF/, ''));
  return { header: header!, rows };
}

/** The option texts a cell names: tokens between `┋`, write-ins `〖…〗` dropped; none for a skipped or empty cell. */
function tokens(cell: string): string[] {
  const t = cell.trim();
  if (t === '' || t === '(跳过)' || t === '(空)') return [];
  return t.split('┋').map((x) => x.split('〖')[0]!.trim());
}

/** A percentage as the report prints it (two decimals, `0%` and `100%` bare), from floating point: none of the tested totals gives a tie. */
export function rawPercent(count: number, total: number): string {
  if (count === 0) return '0%';
  if (count === total) return '100%';
  return `${((count * 100) / total).toFixed(2)}%`;
}

/** Counts and shares straight from the cells of `raw`, for questionnaire `qn`. */
export function rawTally(raw: RawTable, qn: Questionnaire) {
  const column = (n: number) => {
    const i = raw.header.findIndex((h) => h.startsWith(`${n}、`));
    return raw.rows.map((r) => r[i]!);
  };
  const total = raw.rows.length;
  /** Options chosen per row in question n, the exclusive "none" option not counted. */
  const selected = (n: number) => {
    const none = qn.questions[n - 1]!.options!.find((o) => o.exclusive)?.text;
    return column(n).map((cell) => tokens(cell).filter((t) => t !== none).length);
  };
  return {
    total,
    column,
    /** Each option of choice question n (by label) with its count and percentage; 其他 left out of a multiple-choice table. */
    table(n: number): { label: string; count: number; percent: string }[] {
      const q = qn.questions[n - 1]!;
      const cells = column(n).map(tokens);
      return q.options!.filter((o) => q.type === 'single' || !o.other).map((o) => {
        const count = cells.filter((picks) => picks.includes(o.text)).length;
        return { label: o.label ?? o.text, count, percent: rawPercent(count, total) };
      });
    },
    /** How many rows selected at least `min` options of question n, and their share. */
    atLeast(n: number, min: number) {
      const count = selected(n).filter((s) => s >= min).length;
      return { count, share: count / total };
    },
    /** Pearson's r between every pair of the questionnaire's composite indices, from the cells. */
    correlations(): number[][] {
      const values = qn.indices.map((ix) => {
        const members = qn.questions.filter((q) => q.index === ix.id).map((q) => selected(q.number));
        return raw.rows.map((_, k) => members.reduce((sum, m) => sum + m[k]!, 0));
      });
      const r = (a: number[], b: number[]) => {
        const ma = a.reduce((s, x) => s + x, 0) / a.length;
        const mb = b.reduce((s, x) => s + x, 0) / b.length;
        const cov = a.reduce((s, x, k) => s + (x - ma) * (b[k]! - mb), 0);
        const va = a.reduce((s, x) => s + (x - ma) ** 2, 0);
        const vb = b.reduce((s, x) => s + (x - mb) ** 2, 0);
        return cov / Math.sqrt(va * vb);
      };
      return values.map((a, i) => values.map((b, j) => (i === j ? 1 : r(a, b))));
    },
  };
}

/** Rows sorted by label, to compare a table's content whatever its order. */
export function byLabel<T extends { label: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
