/** Site URLs, all under the configured base path so the site works from a sub-folder. */

/** `path` (relative, no leading slash) under the site's base path. */
export function withBase(path = ''): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return `${base}${path.replace(/^\//, '')}`;
}

/** The URL slug of a chapter: its file name without the ordering prefix (`04-results` → `results`). */
export function chapterSlug(chapterId: string): string {
  return chapterId.replace(/^\d+-/, '');
}

export const fullTextPath = 'full/';

/** Whether `url` is the page with every chapter on it, where cross-references stay on the page. */
export function isFullText(url: URL): boolean {
  return url.pathname === withBase(fullTextPath);
}

/** Link to `anchor` in chapter `chapterId`; just the anchor when it is on the page linked from (that chapter, or the full text). */
export function chapterHref(chapterId: string, anchor: string | undefined, from: URL): string {
  const page = withBase(`${chapterSlug(chapterId)}/`);
  if (anchor && (isFullText(from) || from.pathname === page)) return `#${anchor}`;
  return anchor ? `${page}#${anchor}` : page;
}

/** The download of a question's table. */
export function questionCsvPath(question: number): string {
  return withBase(`data/q${question}.csv`);
}

export const correlationCsvPath = (): string => withBase('data/indices-correlation.csv');
