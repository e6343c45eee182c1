/** Small timing helpers shared by benchmark sections. */

/** The median of a non-empty list of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The wall time of one call of `fn`, in milliseconds. */
async function timeMs(fn: () => unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Runs `fn` `runs` times (after one untimed warm-up) and returns the median wall time in milliseconds. */
export async function medianMs(runs: number, fn: () => unknown): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeMs(fn));
  return median(times);
}

/**
 * Times `a` and `b` in alternation, `runs` times each (after one untimed
 * warm-up of each): the median wall time of each in milliseconds, and the
 * median of the ratios b/a taken run by run, so that a machine that speeds
 * up or slows down during the measurement moves both sides of each ratio.
 */
export async function pairedMs(runs: number, a: () => unknown, b: () => unknown): Promise<{ aMs: number; bMs: number; ratio: number }> {
  await a();
  await b();
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < runs; i++) {
    as.push(await timeMs(a));
    bs.push(await timeMs(b));
  }
  return { aMs: median(as), bMs: median(bs), ratio: median(bs.map((t, i) => t / as[i]!)) };
}

/** A plain-text table with a header row, columns padded to their widest cell (full-width characters count double). */
export function table(rows: readonly (readonly string[])[]): string {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffef]/.test(ch) ? 2 : 1), 0);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ''))));
  const line = (r: readonly string[]) => r.map((cell, c) => (c === 0 ? cell + ' '.repeat(widths[c]! - width(cell)) : ' '.repeat(widths[c]! - width(cell)) + cell)).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** `value / reference`, or NaN when the reference is not a positive number (so a missing reference never prints as a ratio). */
export function ratio(value: number, reference: number): number {
  return reference > 0 ? value / reference : NaN;
}

/** A ratio as the sections print it: `1.23×`, or `—` when there is none. */
export function formatRatio(r: number): string {
  return Number.isFinite(r) ? `${r.toFixed(2)}×` : '—';
}
