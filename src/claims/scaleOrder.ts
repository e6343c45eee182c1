/** Statement kind `<ScaleOrder>`: the named rows of a scale rank in the order named by mean score. */
import type { ClaimData } from './data.ts';
import { intProp, listProp, onlyProps } from './props.ts';
import { scaleRowProp, scaleRowsProp } from './scaleProps.ts';
import { twoDecimals } from '../wording/decimals.ts';
import type { Props, Verdict } from './verdict.ts';

/** Whether the named rows' means fall strictly in the order named, highest first (equal means do not hold: the order is not shown). */
export function checkScaleOrder(props: Props, data: ClaimData): Verdict {
  onlyProps('ScaleOrder', props, ['question', 'rows']);
  const question = intProp('ScaleOrder', props, 'question', 1);
  const all = scaleRowsProp('ScaleOrder', props, data, question);
  const named = listProp<string>('ScaleOrder', props, 'rows', 'string').map((text) => scaleRowProp('ScaleOrder', props, all, question, text));
  const holds = named.every((r, i) => i === 0 || named[i - 1]!.mean > r.mean);
  const byMean = [...named].sort((a, b) => b.mean - a.mean);
  return { questions: [question], holds, now: `第 ${question} 题按均值：${byMean.map((r) => `${r.text} ${twoDecimals(r.mean)}`).join(' > ')}` };
}
