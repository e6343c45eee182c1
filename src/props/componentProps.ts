/**
 * Checks of the props chapters give components: each returns what the prop
 * names (a question, an option's position, a numbered table) or throws a
 * located error with the nearest valid values (see componentError.ts).
 * Components call these instead of the questionnaire's own look-ups, so a
 * typo in MDX reads as "file:line <Component>：… 是否是「…」？".
 */
import { notInSeries, type EditionContext } from '../series/editionContext.ts';
import { componentError, didYouMean, type Located } from './componentError.ts';
import { numberLabel, type NumberedElement } from '../outline/outline.ts';
import { findOption, isChoice, isScale, nameQuestion, optionLabel, stageQuestion, type ChoiceQuestion, type Question, type Questionnaire, type ScaleQuestion } from '../survey/questionnaire.ts';

/** The question numbered `n` (a `question={n}` prop), which must pass `accepts`; `kind` names what it must be (选择题, 量表题…). */
function typedQuestionProp<Q extends Question>(props: Located, component: string, questionnaire: Questionnaire, n: number, accepts: (q: Question) => q is Q, kind: string): Q {
  const count = questionnaire.questions.length;
  const q = questionnaire.questions[n - 1];
  if (!Number.isInteger(n) || !q) throw componentError(props, component, `问卷没有第 ${n} 题（共 ${count} 题，为第 1–${count} 题）`);
  if (!accepts(q)) {
    const fitting = questionnaire.questions.filter(accepts).map((c) => c.number);
    if (fitting.length === 0) throw componentError(props, component, `第 ${n} 题不是${kind}；问卷中没有${kind}`);
    const nearest = [...fitting].sort((a, b) => Math.abs(a - n) - Math.abs(b - n) || a - b).slice(0, 2).sort((a, b) => a - b);
    throw componentError(props, component, `第 ${n} 题不是${kind}；最近的${kind}是第 ${nearest.join('、')} 题`);
  }
  return q;
}

/** The choice question (single or multiple) numbered `n`. */
export function choiceQuestionProp(props: Located, component: string, questionnaire: Questionnaire, n: number): ChoiceQuestion {
  return typedQuestionProp(props, component, questionnaire, n, isChoice, '选择题');
}

/** The scale or matrix scale question numbered `n`. */
export function scaleQuestionProp(props: Located, component: string, questionnaire: Questionnaire, n: number): ScaleQuestion {
  return typedQuestionProp(props, component, questionnaire, n, isScale, '量表题');
}

/** The ranking question numbered `n`. */
export function rankingQuestionProp(props: Located, component: string, questionnaire: Questionnaire, n: number): Question {
  return typedQuestionProp(props, component, questionnaire, n, (q): q is Question => q.type === 'ranking', '排序题');
}

/** The matrix single or matrix multiple choice question numbered `n`. */
export function matrixQuestionProp(props: Located, component: string, questionnaire: Questionnaire, n: number): Question {
  return typedQuestionProp(props, component, questionnaire, n, (q): q is Question => q.type === 'matrixSingle' || q.type === 'matrixMultiple', '矩阵选择题');
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

/** The questionnaire's name question, for a component that names respondents; a located error when the questionnaire has none. */
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

/** The printed label ("表 3") of the numbered table or figure `id` a component shows. */
export function numberedLabelProp(props: Located, component: string, id: string, all: ReadonlyMap<string, NumberedElement>): string {
  return numberLabel(numberedProp(props, component, id, all));
}

/** The series context of an edition, for a component that compares editions; a located error outside a series. */
export function seriesEditionProp(props: Located, component: string, edition: EditionContext | undefined): EditionContext {
  if (!edition) throw componentError(props, component, notInSeries);
  return edition;
}
