/**
 * The report's chapters together: their reading order, the numbering of
 * tables and figures across them (so `<Ref>` and captions agree wherever an
 * element moves), who cites each reference, and which chapter holds a given
 * component. Built from the chapter outlines, never from rendering, because a
 * chapter refers to elements of chapters not rendered on its page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath } from '../report/displayPath.ts';
import { ChapterError, outlineChapter, type ChapterOutline, type NumberedKind } from './chapterOutline.ts';

export interface NumberedElement {
  id: string;
  kind: NumberedKind;
  number: number;
  title: string;
  /** The chapter (content entry id) the element is in. */
  chapter: string;
  /** The question it tabulates, if any. */
  question?: number;
}

export interface Outline {
  /** The chapters in reading order (`order`, then file name). */
  chapters: readonly ChapterOutline[];
  /** Every numbered table and figure, by id, in reading order. */
  numbered: ReadonlyMap<string, NumberedElement>;
  /** The chapters citing each reference, in reading order, by reference number. */
  citing: ReadonlyMap<string, readonly string[]>;
  /** The first chapter placing component `name` (e.g. the one with `<References />`), or undefined. */
  chapterWith(name: string): string | undefined;
}

/** How a numbered element is named in captions and references: "表 1", "图 1". */
export function numberLabel(el: Pick<NumberedElement, 'kind' | 'number'>): string {
  return `${el.kind} ${el.number}`;
}

/** The outline of these chapters (in any order). Throws a ChapterError when two elements share an id. */
export function outlineOf(chapters: readonly ChapterOutline[]): Outline {
  const ordered = [...chapters].sort((a, b) => a.frontmatter.order - b.frontmatter.order || (a.id < b.id ? -1 : 1));
  const numbered = new Map<string, NumberedElement>();
  const where = new Map<string, string>();
  const counters: Record<NumberedKind, number> = { 表: 0, 图: 0 };
  const citing = new Map<string, string[]>();
  for (const chapter of ordered) {
    for (const p of chapter.numbered) {
      const first = where.get(p.id);
      if (first) throw new ChapterError(chapter.file, p.line, `id「${p.id}」重复：${first} 已用过；每个表格和图的 id 应各不相同`);
      where.set(p.id, `${chapter.file}:${p.line}`);
      numbered.set(p.id, { id: p.id, kind: p.kind, number: ++counters[p.kind], title: p.title, chapter: chapter.id, ...(p.question === undefined ? {} : { question: p.question }) });
    }
    for (const n of chapter.citations) {
      const list = citing.get(n) ?? [];
      if (!list.includes(chapter.id)) list.push(chapter.id);
      citing.set(n, list);
    }
  }
  return { chapters: ordered, numbered, citing, chapterWith: (name) => ordered.find((c) => c.components.has(name))?.id };
}

/** The MDX files of a chapters folder, sorted. */
export function chapterFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => join(dir, f));
}

/** The outline of the chapters in `dir`, each file read and parsed once. */
export function readOutline(dir: string): Outline {
  return outlineOf(chapterFiles(dir).map((path) => outlineChapter(path.replace(/^.*[\\/]|\.mdx$/g, ''), displayPath(path), readFileSync(path, 'utf8'))));
}
