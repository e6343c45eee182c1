/** True when every cell of a row is blank: an empty line, or one of separators and white space only. */
export function isBlankRow(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}
