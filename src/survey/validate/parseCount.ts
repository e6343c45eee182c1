const DIGITS = /^\d+$/;
const COUNT = /^(?:约|大约|大概|共|共计|合计|总计)?(\d+)(?:(?:-|~|～|—|–|－|至|到)(\d+))?(?:人|个|名|位)?(?:左右)?$/;
const FULL_WIDTH_DIGIT = /[０-９]/g;
const SPACE_OR_THOUSANDS = /\s+|(?<=\d),(?=\d{3}(?!\d))|(?<=\d)，(?=\d{3}(?!\d))/g;

/**
 * The whole number (or range midpoint) a typed count stands for, as people type
 * them into count questions: `200`, `约200`, `200人`, `５０`, `1,200`, `50-60` (→ 55);
 * null when it cannot be read unambiguously (`200多`, `若干`, `2.5`, `60-50`).
 */
export function parseCount(text: string): number | null {
  const t = text.trim();
  if (DIGITS.test(t)) return Number(t);
  // Most counts read as typed; only the others are normalised (half-width digits, no spaces or thousands separators) and tried again.
  const m = COUNT.exec(t) ?? COUNT.exec(t.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(SPACE_OR_THOUSANDS, ''));
  if (m === null) return null;
  const low = Number(m[1]);
  if (m[2] === undefined) return low;
  const high = Number(m[2]);
  return low <= high ? (low + high) / 2 : null;
}
