/** The terminal report of two editions compared, in Chinese. */
import { alignColumns } from '../claims/textColumns.ts';
import { shortQuestionText } from '../claims/compareText.ts';
import { twoDecimals } from '../wording/decimals.ts';
import { changeWords, signedFractionPoints } from './changeWords.ts';
import type { ComparedIndex, ComparedOption, EditionComparison } from './editionComparison.ts';
import type { ProportionChange } from './proportionChange.ts';
import { beyondNoiseMark } from './trendGrid.ts';

/** A change's interval as printed, `−4.59 至 10.06`; `ends` prints one end. */
function interval(c: ProportionChange | null, ends: (x: number) => string): string {
  return c ? `${ends(c.lower)} 至 ${ends(c.upper)}` : '—';
}

/** A mean or an interval's end, two decimals, negative with a minus sign. */
function signedDecimals(x: number): string {
  return `${x < 0 ? '−' : ''}${twoDecimals(Math.abs(x))}`;
}

/** `提高 0.35`, `下降 0.12`, `持平` (a difference of means, as printed to two decimals). */
function meanWords(d: number): string {
  const printed = twoDecimals(Math.abs(d));
  return Number(printed) === 0 ? '持平' : `${d > 0 ? '提高' : '下降'} ${printed}`;
}

/** An option's name: its text in the later edition, with its earlier text where it was renamed. */
function optionName(o: ComparedOption): string {
  const now = o.after?.text ?? o.before!.text;
  return o.before && o.after && o.before.text !== o.after.text ? `${now}（原「${o.before.text}」）` : now;
}

function optionRow(o: ComparedOption): string[] {
  const { change } = o;
  return [
    optionName(o),
    o.before?.percent ?? '—',
    '→',
    o.after?.percent ?? '—',
    change ? `${changeWords(change.hundredths)}${change.beyondNoise ? beyondNoiseMark : ''}` : '—',
    interval(change, signedFractionPoints),
  ];
}

function indexRow(ix: ComparedIndex): string[] {
  const { change } = ix;
  return [
    ix.name,
    ix.before ? twoDecimals(ix.before.mean) : '—',
    '→',
    ix.after ? twoDecimals(ix.after.mean) : '—',
    change ? `${meanWords(change.difference)}${change.beyondNoise ? beyondNoiseMark : ''}` : '—',
    interval(change, signedDecimals),
  ];
}

const RIGHT = [false, true, false, true, false, false];

/** The comparison as lines: the editions and their responses, each linked question's options, the questions not compared, the indices. */
export function editionComparisonLines(c: EditionComparison): string[] {
  const [a, b] = [c.before.label, c.after.label];
  const lines = [`${c.seriesTitle}：${a} → ${b}`, `有效问卷：${a} ${c.before.total} 份，${b} ${c.after.total} 份`];
  if (c.matched !== null) lines.push(`两版都有答卷的单位（按名称对应）：${c.matched} 个`);
  for (const q of c.questions) {
    lines.push('', `第 ${q.question} 题（${a}第 ${q.continues} 题）${shortQuestionText(q.text)}`);
    if (q.reworded) lines.push('  题干有调整，比较仅供参考');
    lines.push(...alignColumns([['选项', a, '', b, '变化', '95% 置信区间'], ...q.options.map(optionRow)], RIGHT).map((l) => `  ${l}`));
  }
  const previous = c.adjacent ? '上一版' : ` ${a}`;
  if (c.notLinked.length) lines.push('', `第 ${c.notLinked.join('、')} 题：未与${previous}对应，不比较`);
  if (c.discontinued.length) lines.push(`${a}第 ${c.discontinued.join('、')} 题：${b}中没有对应的题目`);
  if (c.indices.length) {
    lines.push('', '复合指数（均值）');
    lines.push(...alignColumns([['指数', a, '', b, '变化', '95% 置信区间'], ...c.indices.map(indexRow)], RIGHT).map((l) => `  ${l}`));
  }
  lines.push('', `${beyondNoiseMark}：95% 置信区间不含 0，超出抽样误差；“—”：该版没有这一选项。`);
  return lines;
}
