/**
 * Checks of the props chapters give components: each returns what the prop
 * names (a question, an option's position, a numbered table) or throws a
 * located error with the nearest valid values (see componentError.ts).
 * Components call these instead of the questionnaire's own look-ups, so a
 * typo in MDX reads as "file:line <Component>：… 是否是「…」？".
 */
import { componentError, didYouMean, type Located } from './componentError.ts';
import { numberedElements, type NumberedElement } from './numbering.ts';
import { optionLabel, questionnaire, type ChoiceQuestion } from '../survey/questionnaire.ts';

/** The choice question numbered `n` (a `question={n}` prop). */
export function choiceQuestionProp(props: Located, component: string, n: number): ChoiceQuestion {
  const count = questionnaire.questions.length;
  const q = questionnaire.questions[n - 1];
  if (!Number.isInteger(n) || !q) throw componentError(props, component, `问卷没有第 ${n} 题（共 ${count} 题，为第 1–${count} 题）`);
  if (!q.options) {
    const choice = questionnaire.questions.filter((c) => c.options).map((c) => c.number);
    const nearest = [...choice].sort((a, b) => Math.abs(a - n) - Math.abs(b - n) || a - b).slice(0, 2).sort((a, b) => a - b);
    throw componentError(props, component, `第 ${n} 题不是选择题；最近的选择题是第 ${nearest.join('、')} 题`);
  }
  return q as ChoiceQuestion;
}

/** The 0-based position of the option `text` (its questionnaire text or the report's label) in choice question `n`. */
export function optionProp(props: Located, component: string, n: number, text: string): number {
  const q = choiceQuestionProp(props, component, n);
  const i = q.options.findIndex((o) => o.text === text || o.label === text);
  if (i < 0) throw componentError(props, component, `第 ${n} 题没有选项「${text}」；${didYouMean(text, q.options.map(optionLabel))}`);
  return i;
}

/** The positions of several options of question `n`, each named once (a statement naming an option twice is an error). */
export function distinctOptionsProp(props: Located, component: string, n: number, texts: readonly string[]): number[] {
  const positions = texts.map((text) => optionProp(props, component, n, text));
  positions.forEach((p, i) => {
    const first = positions.indexOf(p);
    if (first < i) {
      const same = texts[first] === texts[i] ? `「${texts[i]}」` : `「${texts[first]}」与「${texts[i]}」是同一选项，`;
      throw componentError(props, component, `第 ${n} 题的选项${same}出现了两次；每个选项只能列一次`);
    }
  });
  return positions;
}

/** The numbered table or figure `id` (a `to="…"` or `id="…"` prop). */
export function numberedProp(props: Located, component: string, id: string): NumberedElement {
  const all = numberedElements();
  const el = all.get(id);
  if (!el) throw componentError(props, component, `没有 id 为「${id}」的图表；${didYouMean(id, [...all.keys()])}`);
  return el;
}

/** Reference `n` of the report's list of `ids` (a `<Cite n={…}>` prop). */
export function referenceProp(props: Located, component: string, n: number, ids: readonly string[]): string {
  const id = String(n);
  if (!ids.includes(id)) throw componentError(props, component, `参考文献共 ${ids.length} 条（第 ${ids[0]}–${ids.at(-1)} 条），没有第 ${n} 条`);
  return id;
}
