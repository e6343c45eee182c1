/** The valid values closest to a mistyped one, for "是否是「…」？" hints. */
import leven from 'leven';

/**
 * The candidates nearest to `value` by edit distance, closest first (ties in
 * the candidates' order), at most `limit`; only those within about half the
 * value's length, so a hint is a plausible typo rather than any value at all.
 */
export function nearestValues(value: string, candidates: readonly string[], limit = 3): string[] {
  const maxDistance = Math.max(1, Math.ceil(value.length / 2));
  return candidates
    .map((candidate, i) => ({ candidate, i, d: leven(value, candidate, { maxDistance: maxDistance + 1 }) }))
    .filter((c) => c.d <= maxDistance && c.candidate !== value)
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, limit)
    .map((c) => c.candidate);
}
