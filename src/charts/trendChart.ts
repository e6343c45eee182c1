import * as Plot from '@observablehq/plot';
import { accessibleSvg } from './accessibleSvg.ts';
import { svgDocument } from './svgDocument.ts';
import { wrapText } from './textWidth.ts';

/** One row of a trend chart: its value in each edition (a share 0–1, or a mean), null where it did not exist. */
export interface TrendLine {
  key: string;
  label: string;
  values: readonly (number | null)[];
}

/** The value axis: shares by default; a mean gets its own range and ticks. */
export interface TrendAxis {
  max: number;
  format: (d: number) => string;
}

const shareAxis: TrendAxis = { max: 1, format: (d) => `${Math.round(d * 100)}%` };

const width = 400;
const fontSize = 13;
const lineHeight = 17;
const dotRow = 18;
const labelEm = (width - 8) / fontSize;
/** Older editions lighter, the latest darkest: readable in print without colour. */
const shades = ['var(--text-muted)', 'var(--chart-bar)'];

/**
 * A trend chart as an SVG string: per row, its label above a track, a
 * dot for each edition's value and an arrow from the previous edition's to
 * the latest's, so the direction of a change reads at a glance.
 */
export function trendChart(lines: readonly TrendLine[], editions: readonly string[], description: string, axis: TrendAxis = shareAxis): string {
  const rows = lines.map((l) => ({ ...l, lines: wrapText(l.label, labelEm) }));
  const maxLines = Math.max(1, ...rows.map((r) => r.lines.length));
  const rowHeight = maxLines * lineHeight + dotRow + 6;
  const last = editions.length - 1;
  const dots = rows.flatMap((r) => r.values.flatMap((v, e) => (v === null ? [] : [{ key: r.key, value: v, edition: e }])));
  const arrows = rows.flatMap((r) => (last > 0 && r.values[last - 1] != null && r.values[last] != null ? [{ key: r.key, from: r.values[last - 1]!, to: r.values[last]! }] : []));
  const svg = Plot.plot({
    document: svgDocument,
    width,
    height: rows.length * rowHeight + 24,
    margin: 0,
    marginBottom: 24,
    marginLeft: 14,
    marginRight: 22,
    style: { fontSize: `${fontSize}px`, fontFamily: 'inherit', background: 'transparent', color: 'currentColor' },
    x: { domain: [0, axis.max], tickFormat: axis.format, ticks: 5, label: null },
    y: { type: 'band', domain: rows.map((r) => r.key), axis: null, paddingInner: 0, paddingOuter: 0 },
    marks: [
      Plot.ruleY(rows, { y: 'key', dy: rowHeight / 2 - dotRow / 2 - 2, stroke: 'var(--chart-track)', strokeWidth: 6 }),
      Plot.arrow(arrows, { x1: 'from', x2: 'to', y: 'key', dy: rowHeight / 2 - dotRow / 2 - 2, stroke: 'var(--chart-bar)', strokeWidth: 2, headLength: 7, insetEnd: 5 }),
      Plot.dot(dots, { x: 'value', y: 'key', dy: rowHeight / 2 - dotRow / 2 - 2, r: 4.5, fill: (d) => shades[d.edition === last ? 1 : 0], stroke: 'var(--bg, #fff)' }),
      Plot.text(rows, { x: 0, y: 'key', text: (r) => r.lines.join('\n'), textAnchor: 'start', dx: -10, lineAnchor: 'top', lineHeight: lineHeight / fontSize, dy: -rowHeight / 2 + 2, fill: 'currentColor' }),
    ],
  });
  // Plot writes font-variant="tabular-nums" on its axis, which is not a valid SVG attribute value for the HTML checker.
  for (const g of svg.querySelectorAll('[font-variant]')) {
    g.removeAttribute('font-variant');
    g.setAttribute('style', 'font-variant-numeric: tabular-nums');
  }
  return accessibleSvg(svg, description);
}
