/** How the commands and the build print checked statements. */
import type { CheckedStatement } from './checkStatements.ts';

/** "content/chapters/x.mdx:12" */
function place(s: CheckedStatement): string {
  return `${s.file}:${s.line}`;
}

/** A statement's lines: whether it holds, where, the sentence; and what the data say when it does not hold. */
export function statementLines(s: CheckedStatement): string[] {
  return s.holds ? [`成立    ${place(s)}  ${s.marked}`] : [`不成立  ${place(s)}  ${s.marked}`, `        数据现为：${s.now}`];
}

/** "24 条数据表述，全部成立。" / "24 条数据表述，2 条与数据不符。" */
export function summaryLine(statements: readonly CheckedStatement[]): string {
  const failing = statements.filter((s) => !s.holds).length;
  return `${statements.length} 条数据表述，${failing === 0 ? '全部成立' : `${failing} 条与数据不符`}。`;
}
