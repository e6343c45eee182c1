const DIGITS = /^\d+$/;
const COUNT = /^(?:约|大约|大概|共|共计|合计|总计)?(\d+)(?:(?:-|~|～|—|–|－|至|到)(\d+))?(?:人次|人|个|名|位|次|场|项|篇)?(?:左右)?$/;
/** A number followed by a word (`282人次`, `12场次左右`): the word is tried as the blank's unit. */
const WORD_AFTER_NUMBER = /^(.*\d)(\D+?)(左右)?$/;
const FULL_WIDTH_DIGIT = /[０-９]/g;
const SPACE_OR_THOUSANDS = /\s+|(?<=\d),(?=\d{3}(?!\d))|(?<=\d)，(?=\d{3}(?!\d))/g;

/** After a blank in a question's text, the word written as its unit: `有_____人次？` → 人次. */
const UNIT_AFTER_BLANK = /_+\s*(\p{Script=Han}+)/gu;

/** The units the text of a count question writes after its blanks (`讲座____场，听众____人次` → 场、人次). */
export function unitsAfterBlanks(questionText: string): string[] {
  return Array.from(questionText.matchAll(UNIT_AFTER_BLANK), (m) => m[1]!);
}

/**
 * `text` without a unit of the blank (`282人次` in a blank named 人次, `12场次`
 * in one named 讲座场次 or in a question reading `____场次`): a word one of
 * `units` ends or starts with, which the common units of `COUNT` may not cover.
 */
function withoutBlankUnit(text: string, units: readonly string[]): string | null {
  const m = units.length === 0 ? null : WORD_AFTER_NUMBER.exec(text);
  return m !== null && units.some((u) => u.endsWith(m[2]!) || u.startsWith(m[2]!)) ? m[1]! + (m[3] ?? '') : null;
}

/**
 * The whole number (or range midpoint) a typed count stands for, as people type
 * them into count questions: `200`, `约200`, `200人`, `282人次`, `５０`, `1,200`, `50-60` (→ 55);
 * a unit is one of the common ones (人次、人、个、名、位、次、场、项、篇) or the
 * start or end of one of the blank's `units` (its name, the word after it in
 * the question). Null when it cannot be read unambiguously (`200多`, `若干`,
 * `2.5`, `60-50`).
 */
export function parseCount(text: string, units: readonly string[] = []): number | null {
  const t = text.trim();
  if (DIGITS.test(t)) return Number(t);
  const bare = withoutBlankUnit(t, units);
  if (bare !== null && bare !== t) return parseCount(bare);
  // Most counts read as typed; only the others are normalised (half-width digits, no spaces or thousands separators) and tried again.
  const m = COUNT.exec(t) ?? COUNT.exec(t.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(SPACE_OR_THOUSANDS, ''));
  if (m === null) return null;
  const low = Number(m[1]);
  if (m[2] === undefined) return low;
  const high = Number(m[2]);
  return low <= high ? (low + high) / 2 : null;
}
