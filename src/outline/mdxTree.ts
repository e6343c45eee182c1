/** The MDX syntax tree as the site's parser (satteri) gives it, and reading a component's attributes from it. */
import { mdxToMdast } from 'satteri';

export interface MdxAttribute {
  type: string;
  name?: string;
  value?: null | string | { value: string };
}

export interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  position?: { start: { line: number } };
  attributes?: MdxAttribute[];
  children?: MdxNode[];
}

/** The syntax tree of an MDX source. */
export function parseMdx(source: string): MdxNode {
  return mdxToMdast(source) as unknown as MdxNode;
}

/** Whether a node is a JSX element (block or inline). */
export function isJsxElement(node: MdxNode): boolean {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** Every JSX element of the tree, in document order. Code blocks and `{/* … *\/}` comments hold no elements, so none is found there. */
export function jsxElements(tree: MdxNode): MdxNode[] {
  const found: MdxNode[] = [];
  const visit = (node: MdxNode) => {
    if (isJsxElement(node)) found.push(node);
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

/**
 * An attribute's value as written: a bare name is `true`, a quoted string stays
 * a string, and `{…}` must be a JSON literal (`{5}`, `{"甲"}`, `{["甲", "乙"]}`).
 * `{ ok: false }` carries the expression that is not one.
 */
export function attributeValue(attribute: MdxAttribute): { ok: true; value: unknown } | { ok: false; expression: string } {
  const v = attribute.value;
  if (v == null) return { ok: true, value: true };
  if (typeof v === 'string') return { ok: true, value: v };
  try {
    return { ok: true, value: JSON.parse(v.value) };
  } catch {
    return { ok: false, expression: v.value };
  }
}

/** The attribute `name` of an element as written (see attributeValue); undefined when absent or not a literal. */
export function attribute(node: MdxNode, name: string): unknown {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a) return undefined;
  const read = attributeValue(a);
  return read.ok ? read.value : undefined;
}
