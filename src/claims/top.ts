/** Statement kind `<Top>`: the named options are the most chosen. */
import type { ClaimData } from './data.ts';
import { flagProp, intProp, onlyProps, optionsProp, propError } from './props.ts';
import { endNow, nowAt, placeOf, withinTop } from './ranking.ts';
import type { Props, Verdict } from './verdict.ts';

/**
 * Whether the named options are among the `k` most chosen of the question
 * (k = how many are named unless given; one option named = the most chosen),
 * and, with `ordered`, chosen in the order named (equal counts may be named
 * either way). A tie across the k-th place means the statement does not hold.
 */
export function checkTop(props: Props, data: ClaimData): Verdict {
  onlyProps('Top', props, ['question', 'options', 'k', 'ordered']);
  const question = intProp('Top', props, 'question', 1);
  const named = optionsProp('Top', props, data, question, 'options');
  const k = intProp('Top', props, 'k', named.length, named.length);
  const ordered = flagProp('Top', props, 'ordered');
  if (ordered && k !== named.length) throw propError('Top', props, 'ordered 用于按顺序列出前几位的全部选项，此时不写 k');
  const rows = data.options(question);
  const outside = named.filter((r) => !withinTop(rows, r, k));
  const inOrder = !ordered || named.every((r, i) => i === 0 || named[i - 1]!.count >= r.count);
  const places = outside.length > 0 ? `；${outside.map((r) => nowAt(r, placeOf(rows, r))).join('、')}` : '';
  return { questions: [question], holds: outside.length === 0 && inOrder, now: `${endNow(question, rows, k, false)}${places}` };
}
