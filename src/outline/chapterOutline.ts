/**
 * One chapter read once into what the whole report needs to know of it before
 * any page renders: its front matter, its numbered tables and figures, the
 * references it cites and the components it places, from its MDX syntax tree
 * (kept for the statement check).
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { chapterFrontmatter, type ChapterFrontmatter } from './frontmatter.ts';
import { attribute, jsxElements, parseMdx, type MdxNode } from './mdxTree.ts';

export type NumberedKind = '表' | '图';

/** A numbered table or figure as the chapter places it. */
export interface Placement {
  kind: NumberedKind;
  id: string;
  title: string;
  line: number;
  /** The question the element tabulates, when it has one (`question={4}`). */
  question?: number;
}

export interface ChapterOutline {
  /** The content entry id: the file name without `.mdx`. */
  id: string;
  /** The file as messages name it (relative to the working directory). */
  file: string;
  frontmatter: ChapterFrontmatter;
  tree: MdxNode;
  /** Tables and figures, in reading order. */
  numbered: Placement[];
  /** Reference numbers cited, in reading order (repeats kept). */
  citations: string[];
  /** The names of the components the chapter places. */
  components: ReadonlySet<string>;
}

const numberedTags: Record<string, NumberedKind> = { FrequencyTable: '表', CorrelationTable: '表', ScaleTable: '表', RankingTable: '表', MatrixTable: '表', TrendTable: '表', IndexTrendTable: '表', Figure: '图' };

/** A chapter problem an editor can find: file, line, what is wrong. */
export class ChapterError extends Error {
  override name = 'ChapterError';
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, problem: string) {
    super(`${file}:${line} ${problem}`);
    this.file = file;
    this.line = line;
  }
}

function readFrontmatter(tree: MdxNode, file: string): ChapterFrontmatter {
  const yaml = tree.children?.find((n) => n.type === 'yaml');
  let raw: unknown;
  try {
    raw = yaml ? parseYaml(yaml.value ?? '') : undefined;
  } catch (e) {
    throw new ChapterError(file, 1, `开头的 frontmatter 不是有效的 YAML（${e instanceof Error ? e.message.split('\n')[0] : String(e)}）`);
  }
  const parsed = chapterFrontmatter.safeParse(raw ?? {}, { error: z.locales.zhCN().localeError });
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.') || 'frontmatter'}：${i.message}`).join('；');
    throw new ChapterError(file, 1, `frontmatter 有误：${fields}（应有 title、order、description，可选 shortTitle）`);
  }
  return parsed.data;
}

/** The outline of chapter `id` (MDX `source`, named `file` in messages). Throws a ChapterError for a numbered element without an id. */
export function outlineChapter(id: string, file: string, source: string): ChapterOutline {
  const tree = parseMdx(source);
  const numbered: Placement[] = [];
  const citations: string[] = [];
  const components = new Set<string>();
  for (const node of jsxElements(tree)) {
    const name = node.name ?? '';
    const line = node.position?.start.line ?? 0;
    components.add(name);
    const kind = numberedTags[name];
    if (kind) {
      const elementId = attribute(node, 'id');
      if (typeof elementId !== 'string' || !elementId) throw new ChapterError(file, line, `<${name}> 缺少 id（如 id="channels"），表格与图靠它编号和引用`);
      const title = attribute(node, 'title');
      const question = attribute(node, 'question');
      numbered.push({ kind, id: elementId, title: typeof title === 'string' ? title : '', line, ...(typeof question === 'number' ? { question } : {}) });
    }
    if (name === 'Cite') {
      const n = attribute(node, 'n');
      if (n !== undefined) citations.push(String(n));
    }
  }
  return { id, file, frontmatter: readFrontmatter(tree, file), tree, numbered, citations, components };
}
