import { mergeRects } from './mergeRects.ts';

/** Attributes holding coordinates: Plot writes them with every float digit, which a reader's screen cannot show. */
const geometry = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'transform', 'points'];

/** `value` with each number rounded to a tenth: `311.21311475409834` → `311.2`, `0.9284615384615384em` → `0.9em`. */
function roundNumbers(value: string): string {
  return value.replace(/-?\d*\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10));
}

/**
 * Serialises a Plot figure as an image with a text alternative. Plot labels
 * its mark groups with `aria-label`, which axe flags on elements without a
 * role; the figure as a whole gets `role="img"` and the description instead.
 * Plot's own `<style>` (the same in every chart) gives way to the site's
 * stylesheet, bars of one style become one path (src/charts/mergeRects.ts),
 * and coordinates keep one decimal: a page of 29 charts is then a few KiB
 * lighter and some hundreds of elements smaller.
 */
export function accessibleSvg(svg: Element, description: string): string {
  for (const g of svg.querySelectorAll('[aria-label]')) g.removeAttribute('aria-label');
  for (const g of svg.querySelectorAll('[aria-description]')) g.removeAttribute('aria-description');
  for (const style of svg.querySelectorAll('style')) style.remove();
  mergeRects(svg);
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    for (const name of geometry) {
      const value = element.getAttribute(name);
      if (value !== null) element.setAttribute(name, roundNumbers(value));
    }
  }
  svg.removeAttribute('class');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', description);
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  return svg.outerHTML;
}
