/**
 * Finds the statements of one chapter by parsing its MDX with the parser the
 * site is built with (satteri), and checks each against the data: its line,
 * the sentence it sits in as plain text, and the verdict.
 */
import { mdxToMdast } from 'satteri';
import type { ClaimData } from './data.ts';
import { figureText } from './inlineText.ts';
import { propError } from './props.ts';
import { checkStatement, isStatement } from './statements.ts';
import type { Props, Verdict } from './verdict.ts';

/** One statement of a chapter, checked. */
export interface CheckedStatement extends Verdict {
  file: string;
  line: number;
  component: string;
  /** The sentence the statement sits in, as plain text. */
  text: string;
  /** The same sentence with the statement's own words in 【】. */
  marked: string;
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  position?: { start: { line: number } };
  attributes?: { type: string; name?: string; value?: null | string | { value: string } }[];
  children?: Node[];
}

/** A JSX element's props: bare names are true, strings stay strings, `{…}` must be a JSON literal. */
function propsOf(node: Node, at: string): Props {
  const props: Record<string, unknown> = { __at: at };
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    if (a.value == null) props[a.name] = true;
    else if (typeof a.value === 'string') props[a.name] = a.value;
    else {
      try {
        props[a.name] = JSON.parse(a.value.value);
      } catch {
        throw propError(node.name ?? '', props, `属性 ${a.name}={${a.value.value}} 应为数字或用双引号的文字列表，如 ["甲", "乙"]`);
      }
    }
  }
  return props;
}

/** What an inline figure component prints, or undefined (another component, or props this reader cannot take). */
function inlineFigure(node: Node, file: string, data: ClaimData): string | undefined {
  try {
    return figureText(node.name ?? '', propsOf(node, file), data);
  } catch {
    return undefined;
  }
}

const sentenceEnd = /[。！？]/;

/** The sentence around [start, end) of a paragraph's text, plain and with [start, end) in 【】. */
function sentenceAround(text: string, start: number, end: number): { text: string; marked: string } {
  let from = start;
  while (from > 0 && !sentenceEnd.test(text[from - 1]!)) from--;
  let to = Math.max(end - 1, from);
  while (to < text.length && !sentenceEnd.test(text[to]!)) to++;
  const marked = `${text.slice(from, start)}【${text.slice(start, end)}】${text.slice(end, to + 1)}`;
  return { text: text.slice(from, to + 1).trim(), marked: marked.trim() };
}

/** Every statement of the MDX source `source` (reported as `file`), checked against `data`. */
export function checkMdx(source: string, file: string, data: ClaimData): CheckedStatement[] {
  const found: CheckedStatement[] = [];
  // Plain text of inline content, noting where each statement's words start and end.
  const textOf = (nodes: readonly Node[], spans: { statement: CheckedStatement; start: number; end: number }[], offset: number): string => {
    let out = '';
    for (const node of nodes) {
      const isJsx = node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
      if (isJsx && isStatement(node.name)) {
        const line = node.position?.start.line ?? 0;
        const props = propsOf(node, `${file}:${line}`);
        const verdict = checkStatement(node.name, props, data);
        const statement: CheckedStatement = { file, line, component: node.name, text: '', marked: '', ...verdict };
        found.push(statement);
        const inner = verdict.words ?? textOf(node.children ?? [], spans, offset + out.length);
        spans.push({ statement, start: offset + out.length, end: offset + out.length + inner.length });
        out += inner;
      } else if (isJsx) {
        out += inlineFigure(node, file, data) ?? textOf(node.children ?? [], spans, offset + out.length);
      } else if (node.type === 'text' || node.type === 'inlineCode') out += node.value ?? '';
      else if (node.children) out += textOf(node.children, spans, offset + out.length);
    }
    return out;
  };
  const walk = (node: Node) => {
    // A paragraph, or a statement standing alone on its lines, is where sentences live.
    if (node.type === 'paragraph' || (node.type === 'mdxJsxFlowElement' && isStatement(node.name))) {
      const spans: { statement: CheckedStatement; start: number; end: number }[] = [];
      const text = textOf([node], spans, 0);
      for (const s of spans) Object.assign(s.statement, sentenceAround(text, s.start, s.end));
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(mdxToMdast(source) as unknown as Node);
  return found.sort((a, b) => a.line - b.line);
}
