/** Statement kind `<RankedFirst>`: an option of a ranking question has the highest 平均综合得分. */
import { didYouMean } from '../props/componentError.ts';
import type { ClaimData } from './data.ts';
import { fromData, intProp, onlyProps, propError } from './props.ts';
import { twoDecimals } from '../wording/decimals.ts';
import type { Props, Verdict } from './verdict.ts';

/** Whether option `option` of ranking question `question` alone has the highest 平均综合得分 (a tie for first does not hold). */
export function checkRankedFirst(props: Props, data: ClaimData): Verdict {
  onlyProps('RankedFirst', props, ['question', 'option']);
  const question = intProp('RankedFirst', props, 'question', 1);
  const scores = fromData('RankedFirst', props, () => data.rankingScores(question));
  const named = scores.find((s) => s.text === props.option);
  if (!named) throw propError('RankedFirst', props, `第 ${question} 题没有选项「${String(props.option ?? '')}」（按问卷原文书写）；${didYouMean(String(props.option ?? ''), scores.map((s) => s.text))}`);
  const best = [...scores].sort((a, b) => b.score - a.score);
  const holds = best[0] === named && (best.length === 1 || best[1]!.score < named.score);
  const top = best.slice(0, 3).map((s) => `${s.text} ${twoDecimals(s.score)}`).join('、');
  return { questions: [question], holds, now: `第 ${question} 题平均综合得分前三位：${top}` };
}
