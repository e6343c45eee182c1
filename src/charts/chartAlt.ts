/**
 * The text alternative of a chart that stands beside its table: what it is,
 * and where its numbers are. The table is the long description (WAI's complex
 * images pattern), so a screen reader does not hear every figure twice.
 */
export function chartAlt(label: string, title: string, kind: string, note?: string): string {
  return `${label} ${title}的${kind}${note ? `（${note}）` : ''}，数值见${label}`;
}
