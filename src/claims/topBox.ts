/** Statement kind `<TopBox>`: a scale row's top-2-box share is at least (or at most) a bound. */
import type { ClaimData } from './data.ts';
import { intProp, onlyProps } from './props.ts';
import { scaleRowProp, scaleRowsProp } from './scaleProps.ts';
import { boundWords, meets, missWords, thresholdProp } from './threshold.ts';
import type { Props, Verdict } from './verdict.ts';
import { percentOrDash } from '../wording/decimals.ts';

/** Whether the share choosing one of the two highest-scoring points of a scale row is at least (or at most) the bound. */
export function checkTopBox(props: Props, data: ClaimData): Verdict {
  onlyProps('TopBox', props, ['question', 'row', 'atLeast', 'atMost']);
  const question = intProp('TopBox', props, 'question', 1);
  const row = scaleRowProp('TopBox', props, scaleRowsProp('TopBox', props, data, question), question, props.row);
  const t = thresholdProp('TopBox', props);
  const holds = row.n > 0 && meets(row.topBox, row.n, t);
  return { questions: [question], holds, now: `第 ${question} 题「${row.text}」前两项占比 ${percentOrDash(row.topBox, row.n)}（${holds ? boundWords(t) : missWords(t)}）` };
}
