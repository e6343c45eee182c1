/**
 * Numbers tables and figures in reading order across all chapters, so that
 * `<Ref to="…" />` and captions agree wherever an element moves. Read from the
 * MDX sources (not from rendering) because a chapter refers to elements of
 * other chapters that are not rendered on its page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chaptersDir } from '../report/folder.ts';

export interface NumberedElement {
  id: string;
  /** `表` for tables, `图` for figures. */
  kind: '表' | '图';
  number: number;
  title: string;
  /** The chapter (content entry id) the element is in. */
  chapter: string;
}

const numberedTags: Record<string, NumberedElement['kind']> = { FrequencyTable: '表', CorrelationTable: '表', Figure: '图' };
const tagPattern = /<(FrequencyTable|CorrelationTable|Figure)\b([^>]*?)\/?>/g;
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/** The chapters' MDX files with their `order`, in reading order. */
function chapterSources(): { id: string; source: string }[] {
  const dir = chaptersDir();
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const source = readFileSync(resolve(dir, f), 'utf8');
      return { id: f.replace(/\.mdx$/, ''), source, order: Number(/^order:\s*(\S+)/m.exec(source)?.[1] ?? Infinity) };
    })
    .sort((a, b) => a.order - b.order);
}

/** Every numbered table and figure of the report, by id. Throws on a repeated or missing id. */
export function numberedElements(): Map<string, NumberedElement> {
  const elements = new Map<string, NumberedElement>();
  const counters = { 表: 0, 图: 0 };
  for (const { id: chapter, source } of chapterSources()) {
    for (const [, tag, attrs] of source.matchAll(tagPattern)) {
      const kind = numberedTags[tag!]!;
      const id = attr(attrs!, 'id');
      if (!id) throw new Error(`${chapter}.mdx: <${tag}> 缺少 id`);
      if (elements.has(id)) throw new Error(`${chapter}.mdx: id "${id}" 重复`);
      elements.set(id, { id, kind, number: ++counters[kind], title: attr(attrs!, 'title') ?? '', chapter });
    }
  }
  return elements;
}

/** How a numbered element is named in captions and references: "表 1", "图 1". */
export function numberLabel(el: NumberedElement): string {
  return `${el.kind} ${el.number}`;
}

/** The chapters that cite each reference, in reading order, by reference number. */
export function citingChapters(): Map<string, string[]> {
  const cited = new Map<string, string[]>();
  for (const { id: chapter, source } of chapterSources()) {
    for (const [, n] of source.matchAll(/<Cite\s+n=\{(\d+)\}/g)) {
      const list = cited.get(n!) ?? [];
      if (!list.includes(chapter)) list.push(chapter);
      cited.set(n!, list);
    }
  }
  return cited;
}

/** The first chapter (content entry id) that places component `tag`, e.g. the one holding `<References />`; undefined when none does. */
export function chapterWith(tag: string): string | undefined {
  const pattern = new RegExp(`<${tag}\\b`);
  return chapterSources().find(({ source }) => pattern.test(source))?.id;
}
