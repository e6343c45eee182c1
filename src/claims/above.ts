/** Statement kind `<Above>`: some options are chosen more often than others. */
import type { ClaimData } from './data.ts';
import { intProp, onlyProps, optionsProp, propError } from './props.ts';
import { withCounts } from './ranking.ts';
import type { Props, Verdict } from './verdict.ts';

/** Whether every option in `higher` was chosen by more libraries than every option in `lower` (a tie does not hold). */
export function checkAbove(props: Props, data: ClaimData): Verdict {
  onlyProps('Above', props, ['question', 'higher', 'lower']);
  const question = intProp('Above', props, 'question', 1);
  const higher = optionsProp('Above', props, data, question, 'higher');
  const lower = optionsProp('Above', props, data, question, 'lower');
  const both = higher.find((h) => lower.some((l) => l.text === h.text));
  if (both) throw propError('Above', props, `选项「${both.text}」同时写在 higher 和 lower 中`);
  const misses = higher.flatMap((h) => lower.filter((l) => l.count >= h.count).map((l) => `${withCounts([l])}不低于${withCounts([h])}`));
  const now = misses.length === 0 ? `第 ${question} 题：${withCounts(higher)}均高于${withCounts(lower)}` : `第 ${question} 题：${misses.join('；')}`;
  return { questions: [question], holds: misses.length === 0, now };
}
