/** The share bound a statement writes: `atLeast={90}` or `atMost={5}`, in percent. */
import { optionalNumberProp, propError } from './props.ts';
import type { Props } from './verdict.ts';

export interface Threshold {
  atLeast: boolean;
  /** Percent, 0–100. */
  percent: number;
}

/** The statement's one bound; a statement gives exactly one of `atLeast` and `atMost`. */
export function thresholdProp(component: string, props: Props): Threshold {
  const atLeast = optionalNumberProp(component, props, 'atLeast', 0, 100);
  const atMost = optionalNumberProp(component, props, 'atMost', 0, 100);
  if ((atLeast === undefined) === (atMost === undefined)) throw propError(component, props, '请写 atLeast={百分数} 或 atMost={百分数} 中的一个');
  return atLeast === undefined ? { atLeast: false, percent: atMost! } : { atLeast: true, percent: atLeast };
}

/** Whether `count` of `total` meets the bound (compared without rounding). */
export function meets(count: number, total: number, t: Threshold): boolean {
  return t.atLeast ? count * 100 >= t.percent * total : count * 100 <= t.percent * total;
}

/** "不低于 90%" / "不高于 5%". */
export function boundWords(t: Threshold): string {
  return `${t.atLeast ? '不低于' : '不高于'} ${t.percent}%`;
}

/** "低于所写的 90%" / "高于所写的 5%": how a share misses the bound. */
export function missWords(t: Threshold): string {
  return `${t.atLeast ? '低于' : '高于'}所写的 ${t.percent}%`;
}
