/** The plain text of a chapter's inline figure components, worded by the same functions the components use. */
import { shareWords } from '../wording/phrases.ts';
import type { ClaimData } from './data.ts';
import type { Props } from './verdict.ts';

/** What `<Pct>`, `<Count>`, `<ShareAtLeast>` or `<Responses>` prints with these props; undefined for any other component. */
export function figureText(name: string, props: Props, data: ClaimData): string | undefined {
  if (name === 'Responses') return String(data.total);
  if (name === 'ShareAtLeast') {
    const chose = data.choosingAtLeast(Number(props.question), Number(props.min));
    return shareWords(chose.share, chose.percent, props.format as '超过' | '半数' | undefined);
  }
  if (name === 'Count') {
    const count = data.optionCount(Number(props.question), String(props.option));
    return count === undefined ? undefined : String(count);
  }
  if (name !== 'Pct') return undefined;
  const row = data.options(Number(props.question)).find((r) => r.text === props.option || r.label === props.option);
  if (!row) return undefined;
  return shareWords(row.share, row.percent, props.format as '成' | '超过' | undefined);
}
