import type { Problem } from '../types.ts';

const MAX_VALUE_LENGTH = 80;

/** A value as it is quoted in a message: line breaks shown as ↵, long texts cut. */
function shownValue(value: string): string {
  const oneLine = value.replace(/\r?\n/g, '↵');
  return oneLine.length > MAX_VALUE_LENGTH ? `${oneLine.slice(0, MAX_VALUE_LENGTH)}…` : oneLine;
}

/**
 * One problem as a readable Chinese line, e.g.
 * `data/x.csv 第 5 行（序号 4）列「9、…」值「资源推荐」：不是本题的选项；应为：…`;
 * a warning starts with `警告：`.
 */
export function formatProblem(p: Problem): string {
  let s = (p.severity === 'warning' ? '警告：' : '') + p.file;
  // A space only where the previous part does not already end in a bracket.
  const add = (part: string) => (s += (s.endsWith('）') || s.endsWith('」') ? '' : ' ') + part);
  if (p.line !== undefined) add(`第 ${p.line} 行`);
  if (p.serial !== undefined && p.serial !== '') s += `（序号 ${p.serial}）`;
  if (p.column !== undefined) add(`列「${shownValue(p.column)}」`);
  if (p.value !== undefined) add(`值「${shownValue(p.value)}」`);
  return `${s}：${p.message}`;
}

/** Problems as lines sorted by line number (file-level ones first), one problem a line. */
export function formatProblems(ps: readonly Problem[]): string {
  return [...ps]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .map(formatProblem)
    .join('\n');
}
