/**
 * Reading a statement's props, with a Chinese message for each prop that does
 * not fit. `__at` (`file:line`, set by the chapter pipeline) is accepted on
 * every statement and names the place in the message.
 */
import { componentError, didYouMean } from '../props/componentError.ts';
import type { ClaimData, OptionFigure } from './data.ts';
import type { Props } from './verdict.ts';

/** The located error for a prop of `<component>` that does not fit, as every chapter component reports one (site/componentError.ts). */
export function propError(component: string, props: Props, message: string): Error {
  return componentError({ __at: typeof props.__at === 'string' ? props.__at : undefined }, component, message);
}

/** Throws when `props` has a prop the component does not take. */
export function onlyProps(component: string, props: Props, allowed: readonly string[]): void {
  for (const name of Object.keys(props)) {
    if (name.startsWith('__') || allowed.includes(name)) continue;
    throw propError(component, props, `没有属性 ${name}；可用：${allowed.join('、')}`);
  }
}

/** A whole-number prop of at least `min`; `fallback` when it is absent (no fallback: required). */
export function intProp(component: string, props: Props, name: string, min: number, fallback?: number): number {
  const v = props[name];
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) throw propError(component, props, `${name} 应为不小于 ${min} 的整数，写的是 ${JSON.stringify(v) ?? '（未写）'}`);
  return v;
}

/** A number prop within [min, max] (max may be Infinity), or undefined when absent. */
export function optionalNumberProp(component: string, props: Props, name: string, min: number, max: number): number | undefined {
  const v = props[name];
  if (v === undefined) return undefined;
  const range = max === Infinity ? `不小于 ${min} 的数` : ` ${min} 到 ${max} 之间的数`;
  if (typeof v !== 'number' || !(v >= min && v <= max)) throw propError(component, props, `${name} 应为${range}，写的是 ${JSON.stringify(v)}`);
  return v;
}

/** A non-empty list of distinct strings or numbers (`kind`). */
export function listProp<T extends string | number>(component: string, props: Props, name: string, kind: 'string' | 'number'): T[] {
  const v = props[name];
  if (!Array.isArray(v) || v.length === 0 || v.some((x) => typeof x !== kind)) {
    throw propError(component, props, `${name} 应为非空的${kind === 'string' ? '文字' : '数字'}列表，如 ${kind === 'string' ? '["甲", "乙"]' : '[1, 2]'}`);
  }
  const seen = new Set<unknown>();
  for (const x of v) {
    if (seen.has(x)) throw propError(component, props, `${name} 中「${x}」写了两次`);
    seen.add(x);
  }
  return v as T[];
}

/** A boolean flag prop (`ordered`): written alone means true. */
export function flagProp(component: string, props: Props, name: string): boolean {
  const v = props[name];
  if (v === undefined) return false;
  if (typeof v !== 'boolean') throw propError(component, props, `${name} 只能单独写出（表示“是”），写的是 ${JSON.stringify(v)}`);
  return v;
}

/** What `read` gets from the data for a statement; its error (an unknown question, the wrong kind) as the statement's located error. */
export function fromData<T>(component: string, props: Props, read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw propError(component, props, e instanceof Error ? e.message : String(e));
  }
}

/** The options of `question` named in the list prop `name`, by questionnaire text (or the report's label). */
export function optionsProp(component: string, props: Props, data: ClaimData, question: number, name: string): OptionFigure[] {
  const rows = fromData(component, props, () => data.options(question));
  const texts = listProp<string>(component, props, name, 'string');
  const named = texts.map((text) => {
    const row = rows.find((r) => r.text === text || r.label === text);
    if (!row) throw propError(component, props, `第 ${question} 题没有可排序的选项「${text}」（选项按问卷原文书写）；${didYouMean(text, rows.map((r) => r.text))}`);
    return row;
  });
  // listProp refuses the same text twice; an option's text and its label are the same option too.
  named.forEach((row, i) => {
    const first = named.indexOf(row);
    if (first < i) throw propError(component, props, `第 ${question} 题的选项「${texts[first]}」与「${texts[i]}」是同一选项，出现了两次；每个选项只能列一次`);
  });
  return named;
}
