/**
 * The report's own metadata (title page, not survey data), from the report
 * folder's `content/report.json`, checked when read so a typo names its field.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { displayPath } from './displayPath.ts';

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
  /** The measure word a count of respondents takes in running text (`12 家`, `12 份`). */
  measureWord: z.string().min(1).default('份'),
  /** A query shown in the search box as a hint. */
  searchExample: z.string().min(1).optional(),
});

export type ReportMeta = z.infer<typeof metaSchema> & {
  /** Title and edition as one line: `标题（版次）`. */
  fullTitle: string;
};

/** The report's metadata in the file at `path`, or one Chinese message naming the file and every bad field. */
export function readReportMeta(path: string): { ok: true; meta: ReportMeta } | { ok: false; message: string } {
  const shown = displayPath(path);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return { ok: false, message: `${shown}：无法读取报告信息（${e instanceof Error ? e.message : String(e)}）` };
  }
  const parsed = metaSchema.safeParse(raw, { error: z.locales.zhCN().localeError });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '（整个文件）'}：${i.message}`);
    return { ok: false, message: `${shown} 不符合报告信息的格式：\n${lines.join('\n')}` };
  }
  const meta = parsed.data;
  return { ok: true, meta: { ...meta, fullTitle: meta.edition ? `${meta.title}（${meta.edition}）` : meta.title } };
}
