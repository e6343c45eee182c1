/** Statement kind `<Share options=…>`: each named option's share is at least (or at most) a bound. */
import type { ClaimData } from './data.ts';
import { intProp, onlyProps, optionsProp } from './props.ts';
import { shortName } from './ranking.ts';
import { boundWords, meets, missWords, thresholdProp } from './threshold.ts';
import type { Props, Verdict } from './verdict.ts';

/** Whether every named option was chosen by at least (`atLeast`) or at most (`atMost`) that percent of libraries. */
export function checkShare(props: Props, data: ClaimData): Verdict {
  onlyProps('Share', props, ['question', 'options', 'atLeast', 'atMost']);
  const question = intProp('Share', props, 'question', 1);
  const named = optionsProp('Share', props, data, question, 'options');
  const t = thresholdProp('Share', props);
  const missing = named.filter((r) => !meets(r.count, data.total, t));
  const list = (rows: typeof named) => rows.map((r) => `${shortName(r)} ${r.percent}`).join('、');
  const all = named.length > 1 ? '均' : '';
  const now = missing.length === 0 ? `第 ${question} 题：${list(named)}（${all}${boundWords(t)}）` : `第 ${question} 题：${list(missing)}，${missWords(t)}`;
  return { questions: [question], holds: missing.length === 0, now };
}
