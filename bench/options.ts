/** The bench's command-line options, read from an argument list (pure: the list is passed in). */

/** `--name N` as a positive number, or `fallback` when absent or not one. */
export function positiveOption(argv: readonly string[], name: string, fallback: number): number {
  const i = argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/** `--name a,b` (or `--name a --name b`) as a list of words, or undefined when absent. */
export function wordList(argv: readonly string[], name: string): string[] | undefined {
  const words = argv.flatMap((a, i) => (a === `--${name}` && argv[i + 1] !== undefined ? argv[i + 1]!.split(',') : [])).map((w) => w.trim()).filter(Boolean);
  return words.length > 0 ? words : undefined;
}

/** `--name 1,2,4` as a list of positive numbers (entries that are not one dropped), or undefined when absent or empty. */
export function numberList(argv: readonly string[], name: string): number[] | undefined {
  const numbers = (wordList(argv, name) ?? []).map((w) => Number(w.replace(/_/g, ''))).filter((n) => Number.isFinite(n) && n > 0);
  return numbers.length > 0 ? numbers : undefined;
}
