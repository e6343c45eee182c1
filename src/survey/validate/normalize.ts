/** Text normalisations the contract allows when matching option texts and headers. */

const WIDTH_FOLD: Record<string, string> = { '（': '(', '）': ')', '，': ',' };
const FOLDABLE = /[（），]/g;

/** An option text as the contract compares it: trimmed, full-width parentheses and commas made half-width. */
export function normalizeOptionText(text: string): string {
  return text.trim().replace(FOLDABLE, (c) => WIDTH_FOLD[c]!);
}

const QUESTION_MARKERS = /\[(?:多选题|单选题|填空题|多项填空题|上传题|文件上传题|量表题|矩阵量表题|矩阵单选题|矩阵多选题|排序题)\]|\*/g;
const WHITESPACE = /\s+/g;
// After NFKC, so ？ and ： are already ? and :.
const TRAILING_PUNCTUATION = /[?:;,.!。、…]+$/u;

/**
 * A question's text as headers are compared: NFKC (full-width punctuation to
 * half-width), white space removed, 问卷星's `[多选题]`/`*` markers dropped, and
 * trailing punctuation dropped (exports often lose a question's final `？` or `：`).
 */
export function normalizeQuestionText(text: string): string {
  return text.normalize('NFKC').replace(QUESTION_MARKERS, '').replace(WHITESPACE, '').replace(TRAILING_PUNCTUATION, '');
}

/** The special cell values `(跳过)` and `(空)` (either width of parentheses) and the empty cell; null for any other value. */
export function specialCell(trimmed: string): 'skip' | 'empty' | null {
  if (trimmed === '') return 'empty';
  const n = trimmed.length;
  if (n !== 3 && n !== 4) return null;
  const open = trimmed.charCodeAt(0);
  const close = trimmed.charCodeAt(n - 1);
  if ((open !== 0x28 && open !== 0xff08) || (close !== 0x29 && close !== 0xff09)) return null;
  const inner = trimmed.slice(1, n - 1);
  if (inner === '跳过') return 'skip';
  if (inner === '空') return 'empty';
  return null;
}
