/** The plain text of a chapter's inline figure components, as the built page prints them. */
import { halfPhrase, moreThanPercentTens, moreThanTenths } from '../site/phrases.ts';
import type { ClaimData } from './data.ts';
import type { Props } from './verdict.ts';

/** What `<Pct>`, `<Count>`, `<ShareAtLeast>` or `<Responses>` prints with these props; undefined for any other component. */
export function figureText(name: string, props: Props, data: ClaimData): string | undefined {
  if (name === 'Responses') return String(data.total);
  if (name === 'ShareAtLeast') {
    const chose = data.choosingAtLeast(Number(props.question), Number(props.min));
    return props.format === '超过' ? moreThanPercentTens(chose.share) : props.format === '半数' ? halfPhrase(chose.share) : chose.percent;
  }
  if (name !== 'Pct' && name !== 'Count') return undefined;
  const row = data.options(Number(props.question)).find((r) => r.text === props.option || r.label === props.option);
  if (!row) return undefined;
  if (name === 'Count') return String(row.count);
  return props.format === '成' ? moreThanTenths(row.share) : props.format === '超过' ? moreThanPercentTens(row.share) : row.percent;
}
