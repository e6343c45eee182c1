import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { chaptersDir, inReport } from './site/paths.ts';

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

/** The report's reference list: one entry per reference, cited as `<Cite n={id} />`. */
const references = defineCollection({
  loader: file(inReport('content', 'references.json')),
  schema: z.strictObject({ id: z.string(), text: z.string() }),
});

export const collections = { chapters, references };
