/**
 * Checks of the props chapters give components: each returns what the prop
 * names (a question, an option's position, a numbered table) or throws a
 * located error with the nearest valid values (see componentError.ts).
 * Components call these instead of the questionnaire's own look-ups, so a
 * typo in MDX reads as "file:line <Component>：… 是否是「…」？".
 */
import { componentError, didYouMean, type Located } from './componentError.ts';
import type { NumberedElement } from '../outline/outline.ts';
import { findOption, nameQuestion, optionLabel, stageQuestion, type ChoiceQuestion, type Question, type Questionnaire } from '../survey/questionnaire.ts';

/** The choice question numbered `n` (a `question={n}` prop). */
export function choiceQuestionProp(props: Located, component: string, questionnaire: Questionnaire, n: number): ChoiceQuestion {
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
export function optionProp(props: Located, component: string, questionnaire: Questionnaire, n: number, text: string): number {
  const q = choiceQuestionProp(props, component, questionnaire, n);
  const i = findOption(q, text);
  if (i < 0) throw componentError(props, component, `第 ${n} 题没有选项「${text}」；${didYouMean(text, q.options.map(optionLabel))}`);
  return i;
}

/** The questionnaire's stage question, for a component that compares stages; a located error when the questionnaire has none. */
export function stageQuestionProp(props: Located, component: string, questionnaire: Questionnaire): ChoiceQuestion {
  const q = stageQuestion(questionnaire);
  if (!q) throw componentError(props, component, '问卷没有阶段题（data/questionnaire.json 中没有 "role": "stage" 的单选题），无法按阶段统计');
  return q;
}

/** The questionnaire's library question, for a component that names respondents; a located error when the questionnaire has none. */
export function nameQuestionProp(props: Located, component: string, questionnaire: Questionnaire): Question {
  const q = nameQuestion(questionnaire);
  if (!q) throw componentError(props, component, '问卷没有填写单位名称的题（data/questionnaire.json 中没有 "role": "name" 的题），无法列出名单');
  return q;
}

/** The questionnaire's composite indices, for a component that compares or correlates them; a located error when there are fewer than `min`. */
export function indicesProp(props: Located, component: string, questionnaire: Questionnaire, min: number): Questionnaire['indices'] {
  const n = questionnaire.indices.length;
  if (n < min) throw componentError(props, component, `问卷定义了 ${n} 个复合指数（data/questionnaire.json 的 indices），至少要 ${min} 个`);
  return questionnaire.indices;
}

/** The numbered table or figure `id` (a `to="…"` or `id="…"` prop) among the report's `all`. */
export function numberedProp(props: Located, component: string, id: string, all: ReadonlyMap<string, NumberedElement>): NumberedElement {
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
