import * as Plot from '@observablehq/plot';
import { accessibleSvg } from './accessibleSvg.ts';
import { svgDocument } from './svgDocument.ts';
import { wrapText } from './textWidth.ts';
import { percentOrDash } from '../wording/decimals.ts';

/** One row of a Likert chart: how many chose each point, lowest score first, of `total` who scored the row. */
export interface LikertRow {
  key: string;
  label: string;
  counts: readonly number[];
  total: number;
}

const width = 400;
const fontSize = 13;
const lineHeight = 17;
const barHeight = 16;
/** Room at each end for the share of the points on that side. */
const sideMargin = 56;
const labelEm = (width - 8) / fontSize;

/**
 * The fill of point `i` of `k`, lowest score first: warm on the low side,
 * cool on the high side, darker away from the centre; grey for a middle
 * point. Fixed colours rather than a theme variable, so print and the dark
 * theme read the same.
 */
export function likertColour(i: number, k: number): string {
  const centre = (k - 1) / 2;
  if (i === centre) return '#b8b8b8';
  const half = Math.floor(k / 2);
  const far = Math.abs(i - centre) - (k % 2 === 1 ? 0 : 0.5);
  const lightness = half <= 1 ? 50 : 72 - (30 * (far - 1)) / (half - 1);
  return i < centre ? `hsl(12 62% ${lightness.toFixed(1)}%)` : `hsl(212 58% ${lightness.toFixed(1)}%)`;
}

interface ShareRow {
  key: string;
  shares: number[];
}

interface Segment {
  key: string;
  x1: number;
  x2: number;
  fill: string;
}

/** The segments of one row: the low points to the left of 0, the high ones to the right, a middle point split across 0. */
function segments(row: ShareRow): Segment[] {
  const k = row.shares.length;
  const centre = (k - 1) / 2;
  const middle = Number.isInteger(centre) ? row.shares[centre]! : 0;
  const out: Segment[] = [];
  let left = -middle / 2;
  for (let i = Math.ceil(centre) - 1; i >= 0; i--) {
    out.push({ key: row.key, x1: left - row.shares[i]!, x2: left, fill: likertColour(i, k) });
    left -= row.shares[i]!;
  }
  if (middle > 0) out.push({ key: row.key, x1: -middle / 2, x2: middle / 2, fill: likertColour(centre, k) });
  let right = middle / 2;
  for (let i = Math.floor(centre) + 1; i < k; i++) {
    out.push({ key: row.key, x1: right, x2: right + row.shares[i]!, fill: likertColour(i, k) });
    right += row.shares[i]!;
  }
  return out;
}

/** The share of the points below the middle (`low`) and above it (`high`), as printed. */
function sides(row: LikertRow): { low: string; high: string } {
  const centre = (row.counts.length - 1) / 2;
  const sum = (keep: (i: number) => boolean) => row.counts.reduce((s, x, i) => (keep(i) ? s + x : s), 0);
  return { low: percentOrDash(sum((i) => i < centre), row.total), high: percentOrDash(sum((i) => i > centre), row.total) };
}

/**
 * A diverging stacked bar chart of Likert rows as an SVG string, the field's
 * standard: the middle point centred on 0, the low points to its left and the
 * high ones to its right, each row's label above its bar, and the share of
 * each side printed at its end. The legend and the figures are the table's.
 */
export function likertChart(rows: readonly LikertRow[], description: string): string {
  const lines = rows.map((r) => wrapText(r.label, labelEm));
  const rowHeight = Math.max(1, ...lines.map((l) => l.length)) * lineHeight + barHeight + 10;
  const labelled = rows.map((r, i) => ({ key: r.key, shares: r.counts.map((c) => (r.total === 0 ? 0 : c / r.total)), ...sides(r), lines: lines[i]! }));
  const svg = Plot.plot({
    document: svgDocument,
    width,
    height: rows.length * rowHeight + 4,
    margin: 0,
    marginLeft: sideMargin,
    marginRight: sideMargin,
    style: { fontSize: `${fontSize}px`, fontFamily: 'inherit', background: 'transparent', color: 'currentColor' },
    x: { domain: [-1, 1], axis: null },
    y: { type: 'band', domain: rows.map((r) => r.key), axis: null, paddingInner: 0, paddingOuter: 0 },
    color: { type: 'identity' },
    marks: [
      Plot.barX(labelled.flatMap(segments), { x1: 'x1', x2: 'x2', y: 'key', fill: 'fill', insetTop: rowHeight - barHeight - 4, insetBottom: 4 }),
      Plot.ruleX([0], { stroke: 'currentColor', strokeOpacity: 0.6 }),
      Plot.text(labelled, {
        x: -1,
        y: 'key',
        text: (r) => r.lines.join('\n'),
        textAnchor: 'start',
        lineAnchor: 'top',
        lineHeight: lineHeight / fontSize,
        dx: -sideMargin,
        dy: -rowHeight / 2 + 2,
        fill: 'currentColor',
      }),
      ...(['low', 'high'] as const).map((side) =>
        Plot.text(labelled, {
          x: side === 'low' ? -1 : 1,
          y: 'key',
          text: side,
          textAnchor: side === 'low' ? 'end' : 'start',
          dx: side === 'low' ? -4 : 4,
          dy: rowHeight / 2 - barHeight / 2 - 4,
          fill: 'currentColor',
        }),
      ),
    ],
  });
  return accessibleSvg(svg, description);
}
