/** A chapter's front matter: the one schema the content collection and the chapter outline both read it with. */
import { z } from 'zod';

export const chapterFrontmatter = z.strictObject({
  title: z.string(),
  shortTitle: z.string().optional(),
  order: z.number(),
  description: z.string(),
});

export type ChapterFrontmatter = z.infer<typeof chapterFrontmatter>;
