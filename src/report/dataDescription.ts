/**
 * The description a maintainer keeps beside the response file
 * (`responses.meta.json`): what the file is, so that the site says only what
 * is true of it. Without one the site makes no claim about the data either way.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { displayPath } from './displayPath.ts';

const descriptionSchema = z
  .strictObject({
    /** The responses were made up (a stand-in), not collected. */
    synthetic: z.boolean(),
    /** Where the file comes from, as a sentence the site prints (an export, a generator). */
    source: z.string().trim().min(1),
    /** When the responses were collected; for a synthetic file, the survey it stands in for (e.g. "2019 年"). */
    collected: z.string().trim().min(1),
    /** A synthetic file only: it reproduces every figure the report published. */
    reproducesPublished: z.boolean().optional(),
  })
  .superRefine((d, ctx) => {
    if (d.synthetic && d.reproducesPublished === undefined) {
      ctx.addIssue({ code: 'custom', path: ['reproducesPublished'], message: '合成数据须说明是否复现已发布的数字（true 或 false）' });
    }
    if (!d.synthetic && d.reproducesPublished !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['reproducesPublished'], message: '只适用于合成数据（synthetic 为 true 时）；真实数据请删去此字段' });
    }
  });

export type DataDescription = z.infer<typeof descriptionSchema>;

export type DescriptionResult =
  | { ok: true; file: string; description: DataDescription | null }
  | { ok: false; file: string; errors: string[] };

const typeNames: Record<string, string> = { boolean: ' true 或 false', string: '文字', object: '对象（{ … }）' };

/** One zod issue in Chinese, naming the field. */
function issueMessage(issue: z.core.$ZodIssue): string {
  const field = issue.path.length ? `字段 ${issue.path.join('.')}` : '整个文件';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `缺少${field}（应为${typeNames[issue.expected] ?? issue.expected}）` : `${field} 应为${typeNames[issue.expected] ?? issue.expected}`;
    case 'unrecognized_keys':
      return `未知字段 ${issue.keys.join('、')}（可用字段：${Object.keys(descriptionSchema.shape).join('、')}）`;
    case 'too_small':
      return `${field} 不能为空`;
    default:
      return `${field}：${issue.message}`;
  }
}

/** The description in the file at `path` (beside the response file): none when there is no such file, or every problem of an invalid one (in Chinese, with file and field). */
export function readDataDescription(path: string): DescriptionResult {
  const file = displayPath(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { ok: true, file, description: null };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, file, errors: [`${file}：不是有效的 JSON（${e instanceof Error ? e.message : String(e)}）`] };
  }
  const parsed = descriptionSchema.safeParse(json, { reportInput: true });
  if (parsed.success) return { ok: true, file, description: parsed.data };
  return { ok: false, file, errors: parsed.error.issues.map((issue) => `${file}：${issueMessage(issue)}`) };
}
