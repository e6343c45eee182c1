import type { Series } from './series.ts';

/**
 * The question of edition `to` that question `question` of edition `from`
 * is linked to through the editions between them, or undefined where the
 * chain of links breaks (a new question, or one dropped).
 */
export function linkedQuestion(series: Series, from: number, question: number, to: number): number | undefined {
  let q: number | undefined = question;
  for (let i = from; i > to && q !== undefined; i--) q = series.editions[i]!.links.get(q)?.continues;
  for (let i = from + 1; i <= to && q !== undefined; i++) {
    const previous: number = q;
    q = [...series.editions[i]!.links].find(([, link]) => link.continues === previous)?.[0];
  }
  return q;
}
