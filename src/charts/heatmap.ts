import * as Plot from '@observablehq/plot';
import { accessibleSvg } from './accessibleSvg.ts';
import { svgDocument } from './svgDocument.ts';
import { textWidthEm } from './textWidth.ts';

const fontSize = 13;

/** Values on a fixed 0–1 scale by row and column, and how each prints in its cell. */
export interface HeatmapGrid {
  rows: readonly string[];
  columns: readonly string[];
  /** `values[i][j]`: row i, column j, in 0–1. */
  values: readonly (readonly number[])[];
  text: (value: number, row: number, column: number) => string;
}

/**
 * A grid as a heatmap SVG string: a cell per row and column, shaded by its
 * value on a fixed 0–1 scale and with the value printed in it, so it reads
 * without colour too.
 */
export function heatmap(grid: HeatmapGrid, description: string): string {
  const cells = grid.values.flatMap((row, i) => row.map((r, j) => ({ x: grid.columns[j]!, y: grid.rows[i]!, r, label: grid.text(r, i, j) })));
  const labelWidth = Math.ceil(Math.max(...grid.rows.map(textWidthEm)) * fontSize) + 12;
  // Wide enough for a column label (six characters), narrow enough to fit a phone without shrinking the text.
  const cell = Math.max(84, Math.ceil(Math.max(...grid.columns.map(textWidthEm)) * fontSize) + 12);
  const value = { x: 'x', y: 'y', text: 'label', fontSize: 16, fontWeight: 600 };
  const svg = Plot.plot({
    document: svgDocument,
    width: labelWidth + cell * grid.columns.length + 4,
    height: 28 + cell * grid.rows.length,
    marginLeft: labelWidth,
    marginTop: 28,
    marginRight: 4,
    marginBottom: 0,
    style: { fontSize: `${fontSize}px`, fontFamily: 'inherit', background: 'transparent', color: 'currentColor' },
    x: { domain: grid.columns, axis: 'top', label: null, tickSize: 0 },
    y: { domain: grid.rows, label: null, tickSize: 0 },
    color: { type: 'linear', domain: [0, 1], range: ['#eef4fb', '#08306b'] },
    marks: [
      Plot.cell(cells, { x: 'x', y: 'y', fill: 'r', inset: 1 }),
      // Light text on dark cells, dark on light: a constant fill per mark keeps the colour scale out of it.
      Plot.text(cells.filter((d) => d.r >= 0.5), { ...value, fill: '#ffffff' }),
      Plot.text(cells.filter((d) => d.r < 0.5), { ...value, fill: '#111111' }),
    ],
  });
  return accessibleSvg(svg, description);
}
