/**
 * The PDF's CJK font: Noto Sans SC from `@fontsource/noto-sans-sc`, whose woff2
 * files have TrueType outlines. Chromium embeds those as Type 0 fonts whose text
 * extracts as written; the CFF-outline system font (Noto Sans CJK) would be
 * embedded as Type 3 glyphs that extract as Kangxi radicals (⽤⼾ for 用户).
 * Only the page being printed gets it: the site's pages keep system fonts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

const fontPackage = resolve('node_modules/@fontsource/noto-sans-sc');
/** The weights the report sets: body text and bold (headings, captions). */
const weights = [400, 700];

/** The @font-face rules of those weights, with every file under `urlPrefix` (one unicode-range subset each, fetched only when used). */
export function fontFaceCss(urlPrefix: string): string {
  return weights.map((w) => readFileSync(resolve(fontPackage, `${w}.css`), 'utf8').replaceAll('url(./files/', `url(${urlPrefix}`)).join('\n');
}

/** The font file a request under that prefix names, or undefined when the package has no such file. */
export function fontFile(name: string): string | undefined {
  const path = resolve(fontPackage, 'files', basename(name));
  return existsSync(path) ? path : undefined;
}
