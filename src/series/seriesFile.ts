/**
 * The file `series.json` at the top of a series folder: the series title, its
 * editions in order, and for each later edition how its questions continue
 * the previous edition's. Checked when read, every problem at once, each
 * naming its place in the file (`editions[1].questions.8.continues`).
 */
import { z } from 'zod';

const optionLinksShape = z.strictObject({
  renamed: z.record(z.string().min(1), z.string().min(1)).default({}).describe('改名的选项：上一版的选项文字 → 本版的选项文字'),
  added: z.array(z.string().min(1)).default([]).describe('本版新增的选项（上一版没有）'),
  dropped: z.array(z.string().min(1)).default([]).describe('上一版有、本版删去的选项'),
});

const questionLinkShape = z.strictObject({
  continues: z.number().int().positive().nullable().describe('本题延续上一版的第几题；null 表示新题，不与上一版比较'),
  reworded: z.boolean().default(false).describe('题干文字是否有调整（比较仅供参考）'),
  options: optionLinksShape.optional().describe('选项的变化；选项文字相同的自动对应'),
});

const editionShape = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '应只含小写字母、数字和连字符，例如 2024').describe('版本的 id：文件夹名，也是网址中的路径 /<id>/'),
  label: z.string().min(1).describe('版本的名称，例如「2024 版」'),
  questions: z
    .record(z.string().regex(/^[1-9]\d*$/, '应为本版的题号'), questionLinkShape)
    .optional()
    .describe('本版每一题与上一版的对应（键为本版题号）；第一版不写'),
});

export const seriesShape = z.strictObject({
  $schema: z.string().optional(),
  title: z.string().min(1).describe('系列的名称，印在系列首页'),
  editions: z.array(editionShape).min(1).describe('各版本，按时间先后'),
});

export type SeriesFile = z.infer<typeof seriesShape>;

/** Every key the file may hold, at any level: what a mistyped key is matched against. */
export const seriesFileKeys: readonly string[] = [...new Set([seriesShape, editionShape, questionLinkShape, optionLinksShape].flatMap((s) => Object.keys(s.shape)))];
export type QuestionLinkEntry = z.infer<typeof questionLinkShape>;

/** Rules the shape cannot say: unique ids, no links on the first edition, links on every later one. */
export function seriesFileRules(file: SeriesFile): { path: PropertyKey[]; message: string }[] {
  const issues: { path: PropertyKey[]; message: string }[] = [];
  const ids = file.editions.map((e) => e.id);
  file.editions.forEach((e, i) => {
    if (ids.indexOf(e.id) !== i) issues.push({ path: ['editions', i, 'id'], message: `版本 id「${e.id}」重复` });
    if (i === 0 && e.questions) issues.push({ path: ['editions', 0, 'questions'], message: '第一版没有上一版，不应写 questions' });
    if (i > 0 && !e.questions) issues.push({ path: ['editions', i], message: `应写 questions：本版每一题延续 ${file.editions[i - 1]!.id} 版的第几题（或 null）` });
  });
  return issues;
}
