/** Statement kind `<Share picks=…>`: the share of libraries choosing at least n options is at least (or at most) a bound. */
import type { ClaimData } from './data.ts';
import { intProp, onlyProps, propError } from './props.ts';
import { boundWords, meets, missWords, thresholdProp } from './threshold.ts';
import type { Props, Verdict } from './verdict.ts';

/** Whether the libraries that chose at least `picks` options of the question are at least (or at most) that percent of all. */
export function checkBreadth(props: Props, data: ClaimData): Verdict {
  onlyProps('Share', props, ['question', 'picks', 'atLeast', 'atMost']);
  const question = intProp('Share', props, 'question', 1);
  const picks = intProp('Share', props, 'picks', 1);
  const t = thresholdProp('Share', props);
  const chose = (() => {
    try {
      return data.choosingAtLeast(question, picks);
    } catch (e) {
      throw propError('Share', props, e instanceof Error ? e.message : String(e));
    }
  })();
  const holds = meets(chose.count, data.total, t);
  const now = `第 ${question} 题：至少选择 ${picks} 项的答卷占 ${chose.percent}（${chose.count} 份），${holds ? boundWords(t) : missWords(t)}`;
  return { questions: [question], holds, now };
}
