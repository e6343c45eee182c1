/**
 * An MDX (Sätteri mdast) plugin: gives every capitalised JSX component of a
 * chapter an `__at="content/chapters/x.mdx:LINE"` prop (the file as every
 * message names it, see displayPath), so a component whose props do not fit can say where it
 * stands. Sätteri is this site's MDX processor and runs no remark plugins; its
 * mdast plugins are the equivalent.
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { displayPath } from '../report/displayPath.ts';

type Visitor = NonNullable<MdastPluginDefinition['mdxJsxFlowElement' | 'mdxJsxTextElement']>;
type JsxElement = Parameters<Visitor>[0];
type Context = Parameters<Visitor>[1];

/** The prop every located component receives. */
export const locationProp = '__at';

/** The element with the `__at` prop added; its children stay as they are (Sätteri cannot set `attributes` in place, so the element is replaced). */
function addLocation<N extends JsxElement>(node: N, ctx: Context): N | undefined {
  const line = node.position?.start.line;
  if (!node.name || !/^[A-Z]/.test(node.name) || !line || !ctx.fileURL) return undefined;
  const at = `${displayPath(fileURLToPath(ctx.fileURL))}:${line}`;
  return { ...node, attributes: [...node.attributes, { type: 'mdxJsxAttribute', name: locationProp, value: at }], children: [], _keepChildren: true } as N;
}

export const componentLocations: MdastPluginDefinition = {
  name: 'component-locations',
  options: { position: true },
  mdxJsxFlowElement: addLocation,
  mdxJsxTextElement: addLocation,
};
