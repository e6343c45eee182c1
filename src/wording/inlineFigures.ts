/**
 * What the inline figure components print (`<Responses>`, `<Count>`, `<Pct>`,
 * `<ShareAtLeast>`): one implementation for the pages and for the sentence a
 * statement is quoted in, so the two never differ.
 */
import { shareWords } from './phrases.ts';

/** One option of a choice question with its figures. */
export interface OptionFigure {
  /** The option's text in the questionnaire. */
  text: string;
  /** What the report prints for it. */
  label: string;
  count: number;
  share: number;
  /** The share as the report prints it. */
  percent: string;
}

/** The figures inline components read. */
export interface FigureSource {
  total: number;
  /** The ranked options of a choice question (its frequency table's rows, `其他` left out). */
  options(question: number): readonly OptionFigure[];
  /** How many chose the option `text` (questionnaire text or label), `其他` included; undefined when the question has no such option. */
  optionCount(question: number, text: string): number | undefined;
  /** How many respondents chose at least `n` options of a question, their share, and the share as printed. */
  choosingAtLeast(question: number, n: number): { count: number; share: number; percent: string };
}

/** A figure's text, and the exact figures behind it for a tooltip. */
export interface InlineFigure {
  text: string;
  title?: string;
}

/** `<Responses />`: the number of valid responses. */
export function responsesFigure(data: FigureSource): InlineFigure {
  return { text: String(data.total) };
}

/** `<Count question option />`; undefined when the question has no such option. */
export function countFigure(data: FigureSource, question: number, option: string): InlineFigure | undefined {
  const count = data.optionCount(question, option);
  return count === undefined ? undefined : { text: String(count) };
}

/** `<Pct question option format />`; undefined when the option has no row in the ranked table (`其他`, or no such option). */
export function pctFigure(data: FigureSource, question: number, option: string, format?: '成' | '超过'): InlineFigure | undefined {
  const row = data.options(question).find((r) => r.text === option || r.label === option);
  return row && { text: shareWords(row.share, row.percent, format), title: `${row.label}：${row.count} / ${data.total}` };
}

/** `<ShareAtLeast question min format />`. */
export function shareAtLeastFigure(data: FigureSource, question: number, min: number, format?: '超过' | '半数'): InlineFigure {
  const chose = data.choosingAtLeast(question, min);
  return { text: shareWords(chose.share, chose.percent, format), title: `${chose.count} / ${data.total}` };
}

/** What inline component `name` prints with these props; undefined for any other component. */
export function inlineFigure(name: string, props: Readonly<Record<string, unknown>>, data: FigureSource): InlineFigure | undefined {
  const question = Number(props.question);
  if (name === 'Responses') return responsesFigure(data);
  if (name === 'Count') return countFigure(data, question, String(props.option));
  if (name === 'Pct') return pctFigure(data, question, String(props.option), props.format as '成' | '超过' | undefined);
  if (name === 'ShareAtLeast') return shareAtLeastFigure(data, question, Number(props.min), props.format as '超过' | '半数' | undefined);
  return undefined;
}
