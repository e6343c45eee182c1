import { parseHTML } from 'linkedom';

/**
 * A DOM document for Plot to draw into at build time. linkedom is pinned
 * (not jsdom) because the two serialise SVG differently and it is ~4× faster.
 */
export const svgDocument: Document = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
