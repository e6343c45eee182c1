/**
 * Text measurement for chart labels. Plot measures text with a Latin width
 * table and counts a Chinese character as about half its real width, so
 * charts size their margins and line breaks with this instead.
 */

/** Width of `text` in em: full-width characters (CJK, full-width punctuation) are 1 em, others about 0.55 em. */
export function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.55;
  return em;
}

/**
 * `text` broken into lines no wider than `maxEm`, preferring to break after
 * punctuation and never leaving a closing mark at the start of a line.
 */
export function wrapText(text: string, maxEm: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && textWidthEm(line + ch) > maxEm && !/[）)、，。：；」』”]/.test(ch)) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}
