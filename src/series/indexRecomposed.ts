import { indexMembers, indexScaleItems } from '../survey/questionnaire.ts';
import type { EditionData } from './editionContext.ts';

/**
 * Whether index `id` of edition `current` is made otherwise than in the edition
 * before it, so that its means are not strictly comparable: a member question
 * (or a question holding member scale rows) that does not continue one of the
 * previous edition's members one to one, a reworded member, or a member that
 * gained or lost options (a count index then has another range).
 * Renamed options leave the index as it was.
 */
export function indexRecomposed(previous: EditionData, current: EditionData, id: string): boolean {
  const members = (e: EditionData) => {
    const qn = e.data.questionnaire;
    const ix = qn.indices.find((i) => i.id === id);
    return ix ? [...new Set([...indexMembers(qn, ix), ...indexScaleItems(qn, ix).map((s) => s.question)])] : [];
  };
  const before = members(previous);
  const after = members(current);
  if (before.length !== after.length) return true;
  const continued = new Set<number>();
  for (const q of after) {
    const link = current.links.get(q);
    if (!link || !before.includes(link.continues) || link.reworded || link.dropped.length > 0 || link.optionFrom.includes(null)) return true;
    continued.add(link.continues);
  }
  return continued.size !== before.length;
}
