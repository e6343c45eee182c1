/**
 * Finds the statements of one chapter in its MDX syntax tree (parsed once, by
 * the parser the site is built with), and checks each against the data: its
 * line, the sentence it sits in as plain text, and the verdict.
 */
import { attributeValue, isJsxElement, type MdxNode as Node } from '../outline/mdxTree.ts';
import type { ClaimData } from './data.ts';
import { inlineFigure as figureOf } from '../wording/inlineFigures.ts';
import { propError } from './props.ts';
import { changeFigure } from '../series/changeWords.ts';
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

/** A JSX element's props: bare names are true, strings stay strings, `{…}` must be a JSON literal. */
function propsOf(node: Node, at: string): Props {
  const props: Record<string, unknown> = { __at: at };
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    const read = attributeValue(a);
    if (!read.ok) throw propError(node.name ?? '', props, `属性 ${a.name}={${read.expression}} 应为数字或用双引号的文字列表，如 ["甲", "乙"]`);
    props[a.name] = read.value;
  }
  return props;
}

/** What an inline figure component prints, or undefined (another component, or props this reader cannot take). */
function inlineFigure(node: Node, file: string, data: ClaimData): string | undefined {
  try {
    return figureOf(node.name ?? '', propsOf(node, file), data)?.text;
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

/**
 * Every statement of a chapter's syntax tree `tree` (reported as `file`),
 * checked against `data`; `refLabels` gives the printed label of each
 * numbered element (`表 4`), so a sentence quoted with a `<Ref>` reads as the page does.
 */
export function checkStatements(tree: Node, file: string, data: ClaimData, refLabels: ReadonlyMap<string, string> = new Map()): CheckedStatement[] {
  const found: CheckedStatement[] = [];
  // Plain text of inline content, noting where each statement's words start and end.
  const textOf = (nodes: readonly Node[], spans: { statement: CheckedStatement; start: number; end: number }[], offset: number): string => {
    let out = '';
    for (const node of nodes) {
      const isJsx = isJsxElement(node);
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
        out += inlineFigure(node, file, data) ?? reference(node) ?? textOf(node.children ?? [], spans, offset + out.length);
      } else if (node.type === 'text' || node.type === 'inlineCode') out += node.value ?? '';
      else if (node.children) out += textOf(node.children, spans, offset + out.length);
    }
    return out;
  };
  // What <Ref>, <Cite> and <Change> print: the numbered label, the citation mark, the change in points.
  const reference = (node: Node): string | undefined => {
    if (node.name !== 'Ref' && node.name !== 'Cite' && node.name !== 'Change') return undefined;
    const props = propsOf(node, file);
    if (node.name === 'Ref') return refLabels.get(String(props.to));
    if (node.name === 'Cite') return `[${String(props.n)}]`;
    const found = data.optionChange(Number(props.question), String(props.option), typeof props.since === 'string' ? props.since : undefined);
    if (typeof found === 'string') return undefined;
    const { words, note } = changeFigure(found);
    return words + note;
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
  walk(tree);
  return found.sort((a, b) => a.line - b.line);
}

