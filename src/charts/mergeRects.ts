const geometry = new Set(['x', 'y', 'width', 'height']);

/** A rect of plain geometry (x, y, width, height and nothing else) as a path segment, or null. */
function rectSegment(element: Element): string | null {
  if (element.tagName.toLowerCase() !== 'rect' || [...element.attributes].some((a) => !geometry.has(a.name))) return null;
  const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((n) => Number(element.getAttribute(n) ?? 0));
  return `M${x},${y}h${w}v${h}h${-w!}z`;
}

/**
 * Replaces each group of plain rects (a bar mark: every bar styled by its
 * group) with one path drawing the same rectangles: a chart of twelve bars
 * and their tracks is then two elements instead of twenty-four, which the
 * browser lays out and a long page downloads. Rects with their own fill or
 * title (a heatmap's cells) are left alone.
 */
export function mergeRects(svg: Element): void {
  for (const g of svg.querySelectorAll('g')) {
    const children = [...g.children];
    const segments = children.map(rectSegment);
    if (children.length < 2 || segments.some((s) => s === null)) continue;
    const path = g.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', segments.join(''));
    for (const child of children) child.remove();
    g.appendChild(path);
  }
}
