/**
 * Statement kind `<Changed>`: an option's share rose (or fell) since an
 * earlier edition of the series, optionally by at least `atLeast` points, and
 * optionally beyond noise (`beyondNoise`: the 95% interval leaves out 0) or
 * within it (`withinNoise`). "明显提高" is `direction="rose" beyondNoise`.
 */
import type { ClaimData } from './data.ts';
import { fromData, intProp, onlyProps, optionalNumberProp, flagProp, propError } from './props.ts';
import type { Props, Verdict } from './verdict.ts';
import { changeWords, signedFractionPoints } from '../series/changeWords.ts';

const directions = ['rose', 'fell'] as const;

/** Whether the change of the option meets every condition the statement states. */
export function checkChanged(props: Props, data: ClaimData): Verdict {
  onlyProps('Changed', props, ['question', 'option', 'since', 'direction', 'atLeast', 'beyondNoise', 'withinNoise']);
  const question = intProp('Changed', props, 'question', 1);
  const { option, since, direction } = props;
  if (typeof option !== 'string') throw propError('Changed', props, 'option 应为本版的选项文字');
  if (since !== undefined && typeof since !== 'string') throw propError('Changed', props, 'since 应为更早一版的 id（如 "2024"）');
  if (!directions.includes(direction as never)) throw propError('Changed', props, `direction 应为 "rose"（提高）或 "fell"（下降），写的是 ${JSON.stringify(direction) ?? '（未写）'}`);
  const atLeast = optionalNumberProp('Changed', props, 'atLeast', 0, 100);
  const beyond = flagProp('Changed', props, 'beyondNoise');
  const within = flagProp('Changed', props, 'withinNoise');
  if (beyond && within) throw propError('Changed', props, 'beyondNoise 与 withinNoise 只能写一个');
  const found = fromData('Changed', props, () => data.optionChange(question, option, since));
  if (typeof found === 'string') throw propError('Changed', props, found);
  const { change, from } = found;
  const sign = direction === 'rose' ? 1 : -1;
  const holds =
    sign * change.hundredths > 0 &&
    (atLeast === undefined || sign * change.hundredths >= Math.round(atLeast * 100)) &&
    (!beyond || change.beyondNoise) &&
    (!within || !change.beyondNoise);
  const interval = `95% 置信区间 ${signedFractionPoints(change.lower)} 至 ${signedFractionPoints(change.upper)} 个百分点，${change.beyondNoise ? '超出' : '未超出'}抽样误差`;
  return { questions: [question], holds, now: `第 ${question} 题「${option}」与 ${from} 相比${changeWords(change.hundredths)}（${interval}）` };
}
