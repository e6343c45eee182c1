/** A submission set aside because the same respondent submitted again later. */
export interface SetAside {
  /** Index of the set-aside submission. */
  index: number;
  /** Index of the submission counted in its place. */
  keptIndex: number;
  /** Whether the times decided (false: at least one time could not be read, file order decided). */
  byTime: boolean;
}

/**
 * Which submissions of the same respondent (non-empty `names[i]`) are set
 * aside: of each respondent's submissions the latest by `times` (ms, NaN when
 * unreadable) is counted (ties and unreadable times: the later in the file),
 * the others are set aside.
 */
export function findDuplicates(names: readonly string[], times: Float64Array): SetAside[] {
  const groups = new Map<string, number[]>();
  names.forEach((name, i) => {
    if (name === '') return;
    const group = groups.get(name);
    if (group === undefined) groups.set(name, [i]);
    else group.push(i);
  });
  const setAside: SetAside[] = [];
  for (const group of groups.values()) {
    if (group.length === 1) continue;
    const byTime = group.every((i) => !Number.isNaN(times[i]!));
    const kept = byTime ? group.reduce((best, i) => (times[i]! >= times[best]! ? i : best)) : group[group.length - 1]!;
    for (const i of group) if (i !== kept) setAside.push({ index: i, keptIndex: kept, byTime });
  }
  return setAside.sort((a, b) => a.index - b.index);
}
