/**
 * Errors for a component prop that does not fit, in the form an editor can
 * act on: the MDX file and line (from the `__at` prop the MDX plugin adds),
 * the component, the bad value and the nearest valid values. The build prints
 * these as they are, without a stack trace; `astro dev` shows them in its overlay.
 */
import { resolve } from 'node:path';
import { nearestValues } from './nearest.ts';

/** Props every chapter component receives from the MDX plugin (src/astro/componentLocations.ts). */
export interface Located {
  /** `content/chapters/x.mdx:LINE`, or absent when the component is used outside a chapter. */
  __at?: string;
}

export class ComponentPropError extends Error {
  override name = 'ComponentPropError';
  /** Where the component stands, for Astro's dev overlay (it shows the file and a code frame). */
  loc?: { file: string; line: number; column: number };
}

/** Whether `e`, or an error it was wrapped in, is a component prop error. */
export function findComponentPropError(e: unknown): ComponentPropError | undefined {
  for (let cur = e; cur instanceof Error; cur = cur.cause) if (cur.name === 'ComponentPropError') return cur as ComponentPropError;
  return undefined;
}

/**
 * The error for `<Component …>` at `props.__at`, e.g.
 * "content/chapters/04-results.mdx:12 <Pct>：第 6 题没有选项「学身」；是否是「学生」？".
 */
export function componentError(props: Located, component: string, problem: string): ComponentPropError {
  const at = props.__at;
  const error = new ComponentPropError(`${at ? `${at} ` : ''}<${component}>：${problem}`);
  const match = at ? /^(.*):(\d+)$/.exec(at) : null;
  if (match) error.loc = { file: resolve(match[1]!), line: Number(match[2]), column: 1 };
  return error;
}

/** "是否是「学生」？" for the candidates nearest to `value`, or the valid values themselves when none is near ("可用的有：「a」、「b」"). */
export function didYouMean(value: string, candidates: readonly string[]): string {
  const near = nearestValues(value, candidates);
  if (near.length) return `是否是${near.map((c) => `「${c}」`).join('或')}？`;
  return `可用的有：${candidates.map((c) => `「${c}」`).join('、')}`;
}
