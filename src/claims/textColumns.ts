/** Aligned columns for a terminal, measured in display width (a Chinese character is two columns). */
import stringWidth from 'string-width';

/** The rows as lines, each cell padded to its column's widest cell; `right` columns align right. */
export function alignColumns(rows: readonly (readonly string[])[], right: readonly boolean[], gap = '  '): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => stringWidth(r[i] ?? '')))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i]! - stringWidth(cell));
        return right[i] ? pad + cell : i === r.length - 1 ? cell : cell + pad;
      })
      .join(gap),
  );
}
