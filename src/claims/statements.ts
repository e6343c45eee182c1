/** The statement components chapters may use, by name, and how each is checked. */
import type { ClaimData } from './data.ts';
import { checkAbove } from './above.ts';
import { checkBottom } from './bottom.ts';
import { checkBreadth } from './breadth.ts';
import { checkShare } from './share.ts';
import { checkSpread } from './spread.ts';
import { checkTop } from './top.ts';
import { checkTopNames } from './topNames.ts';
import { checkScaleMean } from './scaleMean.ts';
import { checkScaleOrder } from './scaleOrder.ts';
import { checkTopBox } from './topBox.ts';
import { checkRankedFirst } from './rankedFirst.ts';
import { checkChanged } from './changed.ts';
import type { Props, Verdict } from './verdict.ts';

const kinds = {
  Top: checkTop,
  Bottom: checkBottom,
  // One component for both bounds on shares: of named options, or of libraries choosing at least `picks`.
  Share: (props: Props, data: ClaimData) => (props.picks === undefined ? checkShare(props, data) : checkBreadth(props, data)),
  Above: checkAbove,
  Spread: checkSpread,
  TopNames: checkTopNames,
  ScaleMean: checkScaleMean,
  ScaleOrder: checkScaleOrder,
  TopBox: checkTopBox,
  RankedFirst: checkRankedFirst,
  Changed: checkChanged,
} satisfies Record<string, (props: Props, data: ClaimData) => Verdict>;

export type StatementName = keyof typeof kinds;

/** Whether an MDX component name is a statement. */
export function isStatement(name: string | null | undefined): name is StatementName {
  return name != null && Object.hasOwn(kinds, name);
}

/** The verdict of statement `<name>` with these props on the data. */
export function checkStatement(name: StatementName, props: Props, data: ClaimData): Verdict {
  return kinds[name](props, data);
}
