import * as Plot from '@observablehq/plot';
import type { CorrelationMatrix } from '../survey/analysis/correlationMatrix.ts';
import { accessibleSvg } from './accessibleSvg.ts';
import { svgDocument } from './svgDocument.ts';
import { textWidthEm } from './textWidth.ts';

const fontSize = 13;

/**
 * The correlation matrix as a heatmap SVG string: a cell per pair, shaded by
 * r on a fixed 0–1 scale and with r printed in it (two decimals), so it reads
 * without colour too.
 */
export function heatmap(m: CorrelationMatrix, description: string): string {
  const cells = m.r.flatMap((row, i) => row.map((r, j) => ({ x: m.names[j]!, y: m.names[i]!, r })));
  const labelWidth = Math.ceil(Math.max(...m.names.map(textWidthEm)) * fontSize) + 12;
  // Wide enough for a column label (six characters), narrow enough to fit a phone without shrinking the text.
  const cell = Math.max(84, Math.ceil(Math.max(...m.names.map(textWidthEm)) * fontSize) + 12);
  const value = { x: 'x', y: 'y', text: (d: (typeof cells)[number]) => d.r.toFixed(2), fontSize: 16, fontWeight: 600 };
  const svg = Plot.plot({
    document: svgDocument,
    width: labelWidth + cell * m.names.length + 4,
    height: 28 + cell * m.names.length,
    marginLeft: labelWidth,
    marginTop: 28,
    marginRight: 4,
    marginBottom: 0,
    style: { fontSize: `${fontSize}px`, fontFamily: 'inherit', background: 'transparent', color: 'currentColor' },
    x: { domain: m.names, axis: 'top', label: null, tickSize: 0 },
    y: { domain: m.names, label: null, tickSize: 0 },
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
