/**
 * Serialises a Plot figure as an image with a text alternative. Plot labels
 * its mark groups with `aria-label`, which axe flags on elements without a
 * role; the figure as a whole gets `role="img"` and the description instead.
 */
export function accessibleSvg(svg: Element, description: string): string {
  for (const g of svg.querySelectorAll('[aria-label]')) g.removeAttribute('aria-label');
  for (const g of svg.querySelectorAll('[aria-description]')) g.removeAttribute('aria-description');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', description);
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  return svg.outerHTML;
}
