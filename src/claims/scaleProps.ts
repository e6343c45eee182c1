/** Reading the props of statements about scale and ranking questions: the question's rows or options, by text. */
import { didYouMean } from '../props/componentError.ts';
import type { ClaimData, ScaleRowFigure } from './data.ts';
import { fromData, propError } from './props.ts';
import type { Props } from './verdict.ts';

/** The rows of scale question `question`, or a located error when it is not one. */
export function scaleRowsProp(component: string, props: Props, data: ClaimData, question: number): ScaleRowFigure[] {
  return fromData(component, props, () => data.scaleRows(question));
}

/** The row named `text` (by its text; a scale question's one row needs no name). */
export function scaleRowProp(component: string, props: Props, rows: ScaleRowFigure[], question: number, text: unknown): ScaleRowFigure {
  if (text === undefined && rows.length === 1) return rows[0]!;
  const row = rows.find((r) => r.text === text);
  if (!row) throw propError(component, props, `第 ${question} 题没有行「${String(text ?? '')}」（按问卷原文书写）；${didYouMean(String(text ?? ''), rows.map((r) => r.text))}`);
  return row;
}
