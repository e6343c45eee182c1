import * as Plot from '@observablehq/plot';
import type { FrequencyTable } from '../survey/analysis/frequencyTable.ts';
import { svgDocument } from './svgDocument.ts';
import { wrapText } from './textWidth.ts';
import { accessibleSvg } from './accessibleSvg.ts';

const width = 400;
const fontSize = 13;
const lineHeight = 17;
const barHeight = 14;
/** Labels longer than this many em wrap; the value printed after the bar needs the rest. */
const labelEm = (width - 8) / fontSize;

/**
 * A horizontal bar chart of a frequency table as an SVG string: one row per
 * table row, its label above the bar so long Chinese labels fit a phone
 * screen, the percentage at the end of the bar.
 */
export function barChart(table: FrequencyTable, description: string): string {
  const rows = table.rows.map((r) => ({ ...r, lines: wrapText(r.label, labelEm) }));
  const maxLines = Math.max(1, ...rows.map((r) => r.lines.length));
  const rowHeight = maxLines * lineHeight + barHeight + 10;
  const keys = rows.map((r) => String(r.option));
  const svg = Plot.plot({
    document: svgDocument,
    width,
    height: rows.length * rowHeight + 4,
    margin: 0,
    marginRight: 64,
    style: { fontSize: `${fontSize}px`, fontFamily: 'inherit', background: 'transparent', color: 'currentColor' },
    x: { domain: [0, 1], axis: null },
    y: { type: 'band', domain: keys, axis: null, paddingInner: 0, paddingOuter: 0 },
    marks: [
      Plot.barX(rows, { x1: 0, x2: 1, y: (r) => String(r.option), insetTop: rowHeight - barHeight - 4, insetBottom: 4, fill: 'var(--chart-track)' }),
      Plot.barX(rows, { x: 'share', y: (r) => String(r.option), insetTop: rowHeight - barHeight - 4, insetBottom: 4, fill: 'var(--chart-bar)' }),
      Plot.text(rows, {
        x: 0,
        y: (r) => String(r.option),
        text: (r) => r.lines.join('\n'),
        textAnchor: 'start',
        lineAnchor: 'top',
        lineHeight: lineHeight / fontSize,
        dy: -rowHeight / 2 + 2,
        fill: 'currentColor',
      }),
      Plot.text(rows, {
        x: 1,
        y: (r) => String(r.option),
        text: 'percent',
        textAnchor: 'start',
        dx: 6,
        dy: rowHeight / 2 - barHeight / 2 - 4,
        fill: 'currentColor',
      }),
    ],
  });
  return accessibleSvg(svg, description);
}
