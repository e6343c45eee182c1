/** Statement kind `<ScaleMean>`: a scale row's mean score is at least (or at most) a bound. */
import type { ClaimData } from './data.ts';
import { intProp, onlyProps, optionalNumberProp, propError } from './props.ts';
import { scaleRowProp, scaleRowsProp } from './scaleProps.ts';
import { twoDecimals } from '../wording/decimals.ts';
import type { Props, Verdict } from './verdict.ts';

/** Whether the mean score of row `row` of scale question `question` is at least `atLeast` (or at most `atMost`). */
export function checkScaleMean(props: Props, data: ClaimData): Verdict {
  onlyProps('ScaleMean', props, ['question', 'row', 'atLeast', 'atMost']);
  const question = intProp('ScaleMean', props, 'question', 1);
  const row = scaleRowProp('ScaleMean', props, scaleRowsProp('ScaleMean', props, data, question), question, props.row);
  const atLeast = optionalNumberProp('ScaleMean', props, 'atLeast', -Infinity, Infinity);
  const atMost = optionalNumberProp('ScaleMean', props, 'atMost', -Infinity, Infinity);
  if ((atLeast === undefined) === (atMost === undefined)) throw propError('ScaleMean', props, '请写 atLeast={均值} 或 atMost={均值} 中的一个');
  const holds = atLeast !== undefined ? row.mean >= atLeast : row.mean <= atMost!;
  const bound = atLeast !== undefined ? `${holds ? '不低于' : '低于'}所写的 ${atLeast}` : `${holds ? '不高于' : '高于'}所写的 ${atMost}`;
  return { questions: [question], holds, now: `第 ${question} 题「${row.text}」均值 ${twoDecimals(row.mean)}（${row.n} 份有分值的回答），${bound}` };
}
