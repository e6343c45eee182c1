import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { accessibleSvg } from '../../src/charts/accessibleSvg.ts';

const svgOf = (markup: string) => parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document.querySelector('svg')!;

describe('accessibleSvg', () => {
  it('labels the figure as one image and drops the mark groups’ labels and Plot’s own style', () => {
    const out = accessibleSvg(svgOf('<svg class="plot-1" width="400" height="90"><style>:where(.plot-1){display:block}</style><g aria-label="bar"><rect x="0" y="1" width="2" height="3" fill="red"/></g></svg>'), '表 1 渠道的条形图');
    const svg = svgOf(out);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('表 1 渠道的条形图');
    expect(svg.querySelectorAll('style, [class], [width][height]:not(rect)')).toHaveLength(0);
    expect(svg.querySelector('g')!.hasAttribute('aria-label')).toBe(false);
  });

  it('keeps one decimal of a coordinate and leaves text alone', () => {
    const svg = svgOf(accessibleSvg(svgOf('<svg><g transform="translate(0.25,41.98765)"><text y="0.9284615384615384em" x="-3.14159">0.7900</text></g></svg>'), 'x'));
    expect(svg.querySelector('g')!.getAttribute('transform')).toBe('translate(0.3,42)');
    expect(svg.querySelector('text')!.getAttribute('y')).toBe('0.9em');
    expect(svg.querySelector('text')!.getAttribute('x')).toBe('-3.1');
    expect(svg.querySelector('text')!.textContent).toBe('0.7900');
  });

  it('draws a group of plain bars as one path of the same rectangles', () => {
    const svg = svgOf(accessibleSvg(svgOf('<svg><g fill="blue"><rect x="0" y="25" width="311.21311" height="14"/><rect x="10" y="66" width="52" height="14"/></g></svg>'), 'x'));
    expect(svg.querySelectorAll('rect')).toHaveLength(0);
    expect(svg.querySelector('g[fill="blue"] > path')!.getAttribute('d')).toBe('M0,25h311.2v14h-311.2zM10,66h52v14h-52z');
  });

  it('leaves rects with their own fill or title (heatmap cells) as they are', () => {
    const svg = svgOf(accessibleSvg(svgOf('<svg><g><rect x="0" y="0" width="5" height="5" fill="#eee"/><rect x="5" y="0" width="5" height="5" fill="#111"/></g></svg>'), 'x'));
    expect(svg.querySelectorAll('rect')).toHaveLength(2);
    expect(svg.querySelectorAll('path')).toHaveLength(0);
  });
});
