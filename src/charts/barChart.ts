import * as Plot from '@observablehq/plot';
import { svgDocument } from './svgDocument.ts';
import { wrapText } from './textWidth.ts';
import { accessibleSvg } from './accessibleSvg.ts';

const width = 400;
const fontSize = 13;
const lineHeight = 17;
const barHeight = 14;
/** Labels longer than this many em wrap; the value printed after the bar needs the rest. */
const labelEm = (width - 8) / fontSize;

/** One bar: `share` of the track (0–1) filled, `value` printed after it. */
export interface Bar {
  key: string;
  label: string;
  share: number;
  value: string;
}

/**
 * A horizontal bar chart as an SVG string: one row per bar, its label above
 * the bar so long Chinese labels fit a phone screen, the value at the end of
 * the bar.
 */
export function barChart(bars: readonly Bar[], description: string): string {
  const rows = bars.map((r) => ({ ...r, lines: wrapText(r.label, labelEm) }));
  const maxLines = Math.max(1, ...rows.map((r) => r.lines.length));
  const rowHeight = maxLines * lineHeight + barHeight + 10;
  const keys = rows.map((r) => r.key);
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
      Plot.barX(rows, { x1: 0, x2: 1, y: 'key', insetTop: rowHeight - barHeight - 4, insetBottom: 4, fill: 'var(--chart-track)' }),
      Plot.barX(rows, { x: 'share', y: 'key', insetTop: rowHeight - barHeight - 4, insetBottom: 4, fill: 'var(--chart-bar)' }),
      Plot.text(rows, {
        x: 0,
        y: 'key',
        text: (r) => r.lines.join('\n'),
        textAnchor: 'start',
        lineAnchor: 'top',
        lineHeight: lineHeight / fontSize,
        dy: -rowHeight / 2 + 2,
        fill: 'currentColor',
      }),
      Plot.text(rows, {
        x: 1,
        y: 'key',
        text: 'value',
        textAnchor: 'start',
        dx: 6,
        dy: rowHeight / 2 - barHeight / 2 - 4,
        fill: 'currentColor',
      }),
    ],
  });
  return accessibleSvg(svg, description);
}
