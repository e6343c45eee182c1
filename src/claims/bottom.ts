/** Statement kind `<Bottom>`: the named options are the least chosen. */
import type { ClaimData } from './data.ts';
import { intProp, onlyProps, optionsProp } from './props.ts';
import { endNow, nowAt, placeOf, withinBottom } from './ranking.ts';
import type { Props, Verdict } from './verdict.ts';

/**
 * Whether every named option is among the `k` least chosen of the question
 * (k = how many are named unless given; one option named = the least chosen).
 * A tie across the k-th place from the bottom means the statement does not hold.
 */
export function checkBottom(props: Props, data: ClaimData): Verdict {
  onlyProps('Bottom', props, ['question', 'options', 'k']);
  const question = intProp('Bottom', props, 'question', 1);
  const named = optionsProp('Bottom', props, data, question, 'options');
  const k = intProp('Bottom', props, 'k', named.length, named.length);
  const rows = data.options(question);
  const outside = named.filter((r) => !withinBottom(rows, r, k));
  const places = outside.length > 0 ? `；${outside.map((r) => nowAt(r, placeOf(rows, r, true))).join('、')}` : '';
  return { questions: [question], holds: outside.length === 0, now: `${endNow(question, rows, k, true)}${places}` };
}
