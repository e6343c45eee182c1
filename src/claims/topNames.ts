/** Statement kind `<TopNames>`: words computed from the data, the names of the options at some places of a ranking. */
import type { ClaimData } from './data.ts';
import { intProp, onlyProps, propError } from './props.ts';
import { byCount, withCounts } from './ranking.ts';
import { chineseNumeral } from '../wording/numerals.ts';
import type { Props, Verdict } from './verdict.ts';

/**
 * The labels of the options at places `from` … `from + count − 1` of the
 * question's ranking, joined by "、". It holds while those places are
 * determined by the data: an option tied across either edge of the range would
 * make the printed names an arbitrary pick, so it does not hold then.
 */
export function checkTopNames(props: Props, data: ClaimData): Verdict {
  onlyProps('TopNames', props, ['question', 'from', 'count']);
  const question = intProp('TopNames', props, 'question', 1);
  const from = intProp('TopNames', props, 'from', 1, 1);
  const count = intProp('TopNames', props, 'count', 1);
  const sorted = byCount(data.options(question));
  if (from + count - 1 > sorted.length) throw propError('TopNames', props, `第 ${question} 题只有 ${sorted.length} 个可排序的选项`);
  const picked = sorted.slice(from - 1, from - 1 + count);
  const places = Array.from({ length: count }, (_, i) => chineseNumeral(from + i)).join('、');
  const before = sorted[from - 2];
  const after = sorted[from - 1 + count];
  const ties = [
    before && before.count === picked[0]!.count ? from - 1 : undefined,
    after && after.count === picked.at(-1)!.count ? from - 1 + count : undefined,
  ].filter((p) => p !== undefined);
  const tieWords = ties.map((p) => `第${chineseNumeral(p)}位与第${chineseNumeral(p + 1)}位并列（${sorted[p - 1]!.count}）`).join('，');
  const now = `第 ${question} 题第${places}位：${withCounts(picked)}${ties.length ? `；${tieWords}，所列名称取决于问卷顺序` : ''}`;
  return { questions: [question], holds: ties.length === 0, now, words: picked.map((r) => r.label).join('、') };
}
