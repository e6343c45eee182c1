import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { chaptersDir, inReport } from './report/folder.ts';

/** The report's chapters and appendices, one MDX file each, in `order`. */
const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: chaptersDir() }),
  schema: z.strictObject({
    title: z.string(),
    shortTitle: z.string().optional(),
    order: z.number(),
    description: z.string(),
  }),
});

/** The home page's content below the title block (headline cards, introduction, contents), written with the same components as chapters. */
const home = defineCollection({
  loader: glob({ pattern: 'home.mdx', base: inReport('content') }),
  schema: z.strictObject({ description: z.string().optional() }),
});

/** The report's reference list: one entry per reference, cited as `<Cite n={id} />`. */
const references = defineCollection({
  loader: file(inReport('content', 'references.json')),
  schema: z.strictObject({ id: z.string(), text: z.string() }),
});

export const collections = { chapters, home, references };
