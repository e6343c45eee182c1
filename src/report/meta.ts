/**
 * The report's own metadata (title page, not survey data), from the report
 * folder's `content/report.json`, checked when read so a typo names its field.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { z } from 'zod';
import { memoOnFiles } from './memoOnFiles.ts';
import { inReport } from './folder.ts';

const metaSchema = z.strictObject({
  /** The report's title, without its edition. */
  title: z.string().min(1),
  /** The edition, printed after the title in full-width brackets (e.g. `第一版`). */
  edition: z.string().min(1).optional(),
  /** How the list of authors is introduced (e.g. `编写组`). */
  authorsLabel: z.string().min(1).default('作者'),
  authors: z.array(z.string().min(1)).default([]),
  publisher: z.string().min(1).optional(),
  /** One or two sentences for search engines and link previews. */
  description: z.string().min(1),
  /** Who was surveyed, as a phrase (printed by `<ReportMeta field="sample" />`). */
  sample: z.string().min(1).optional(),
  /** What one response stands for, as tables head their counts (`单位` → `单位数量`). */
  respondents: z.string().min(1).default('答卷'),
  /** A query shown in the search box as a hint. */
  searchExample: z.string().min(1).optional(),
});

export type ReportMeta = z.infer<typeof metaSchema> & {
  /** Title and edition as one line: `标题（版次）`. */
  fullTitle: string;
};

/** Where the metadata lives. */
export function reportMetaPath(): string {
  return inReport('content', 'report.json');
}

/** The report's metadata read from its file; throws one Chinese message naming the file and every bad field. */
function readReportMeta(): ReportMeta {
  const path = reportMetaPath();
  const shown = relative(process.cwd(), path);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${shown}：无法读取报告信息（${e instanceof Error ? e.message : String(e)}）`);
  }
  const parsed = metaSchema.safeParse(raw, { error: z.locales.zhCN().localeError });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '（整个文件）'}：${i.message}`);
    throw new Error(`${shown} 不符合报告信息的格式：\n${lines.join('\n')}`);
  }
  const meta = parsed.data;
  return { ...meta, fullTitle: meta.edition ? `${meta.title}（${meta.edition}）` : meta.title };
}

/** The report's metadata, read again only when its file changes (pages, tables and downloads all ask for it). */
export const reportMeta: () => ReportMeta = memoOnFiles(() => [reportMetaPath()], readReportMeta);
