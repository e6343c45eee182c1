import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { folder } from 'virtual:report-site';
import { chapterFrontmatter } from './outline/frontmatter.ts';

/** The report's chapters and appendices, one MDX file each; their order is the report outline's (src/outline/outline.ts). */
const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: folder.chapters }),
  schema: chapterFrontmatter,
});

/** The home page's content below the title block (headline cards, introduction, contents), written with the same components as chapters. */
const home = defineCollection({
  loader: glob({ pattern: 'home.mdx', base: folder.content }),
  schema: z.strictObject({ description: z.string().optional() }),
});

/** The report's reference list: one entry per reference, cited as `<Cite n={id} />`. */
const references = defineCollection({
  loader: file(folder.references),
  schema: z.strictObject({ id: z.string(), text: z.string() }),
});

export const collections = { chapters, home, references };
