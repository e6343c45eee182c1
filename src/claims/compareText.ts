/** The terminal report of a data comparison, in Chinese. */
import type { DataComparison, OptionChange } from './compare.ts';
import { alignColumns } from './textColumns.ts';

const QUESTION_TEXT_LENGTH = 28;

/** A question's text cut to fit a heading line. */
export function shortQuestionText(text: string): string {
  return text.length > QUESTION_TEXT_LENGTH ? `${text.slice(0, QUESTION_TEXT_LENGTH)}…` : text;
}

/** "+1.25", "-0.82", "0". */
function points(x: number): string {
  const r = Math.round(x * 100) / 100;
  return r === 0 ? '0' : `${r > 0 ? '+' : '-'}${Math.abs(r).toFixed(2)}`;
}

/** "3 → 2 ↑", or "3" when the rank stayed. */
function rankMove(c: OptionChange): string {
  if (c.old.rank === c.new.rank) return String(c.new.rank);
  return `${c.old.rank} → ${c.new.rank} ${c.new.rank < c.old.rank ? '↑' : '↓'}`;
}

/** The comparison as lines: responses, each changed question's options, the unchanged questions, the statements that flip. */
export function comparisonLines(c: DataComparison): string[] {
  const lines = [`有效问卷：${c.total.old} → ${c.total.new} 份（新增 ${c.added} 份，移除 ${c.removed} 份）`];
  for (const q of c.questions.filter((q) => q.changed)) {
    lines.push('', `第 ${q.question} 题 ${shortQuestionText(q.text)}`);
    const rows = q.options.map((o) => [o.label, String(o.old.count), o.old.percent, '→', String(o.new.count), o.new.percent, points(o.points), rankMove(o)]);
    const table = alignColumns([['选项', '旧', '', '', '新', '', '百分点', '排名'], ...rows], [false, true, true, false, true, true, true, false]);
    lines.push(...table.map((l) => `  ${l}`));
  }
  const same = c.questions.filter((q) => !q.changed).map((q) => q.question);
  if (same.length > 0) lines.push('', `无变化：第 ${same.join('、')} 题`);
  lines.push('', c.flips.length === 0 ? '表述：没有表述因此改变。' : `表述：${c.flips.length} 条改变了结论：`);
  for (const f of c.flips) {
    lines.push(`  ${f.held ? '成立 → 不成立' : '不成立 → 成立'}  ${f.file}:${f.line}  ${f.text}`, `    数据现为：${f.now}`);
  }
  return lines;
}
