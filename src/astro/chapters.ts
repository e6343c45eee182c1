import { getCollection, type CollectionEntry } from 'astro:content';
import { getReport } from 'virtual:report-site';

export type Chapter = CollectionEntry<'chapters'>;

/** The chapters in the report's reading order (its outline's), as content entries to render. */
export async function chaptersInOrder(): Promise<Chapter[]> {
  const { outline } = await getReport();
  const byFile = new Map((await getCollection('chapters')).map((e) => [e.filePath?.replace(/^.*[\\/]|\.mdx$/g, ''), e]));
  return outline.chapters.map((c) => {
    const entry = byFile.get(c.id);
    if (!entry) throw new Error(`${c.file}：内容集合中没有这一章（请重新运行 npm run dev 或 npm run build）`);
    return entry;
  });
}
