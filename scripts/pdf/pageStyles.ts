/** The CSS that depends on the report's chapters: each chapter a named page whose running head is its title. */

export interface ChapterHead {
  /** The chapter's element id on the 全文 page. */
  id: string;
  title: string;
}

/** A CSS string literal of `text`. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\s+/g, ' ')}"`;
}

/** For each chapter: its article set on a page of its own name, and that page's top margin box showing the title. */
export function chapterPageCss(chapters: ChapterHead[]): string {
  return chapters
    .map(
      ({ id, title }, i) => `[id=${cssString(id)}] { page: chapter-${i + 1}; }
@page chapter-${i + 1} { @top-center { content: ${cssString(title)}; font-family: "Noto Sans SC", sans-serif; font-size: 8.5pt; color: #555; } }`,
    )
    .join('\n');
}
