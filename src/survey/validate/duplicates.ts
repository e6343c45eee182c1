/** One submission as far as duplicate detection needs it. */
export interface Submission {
  library: string;
  line: number;
  serial: string;
  submittedAt: Date | null;
}

/** A submission set aside because the same library submitted again later. */
export interface SetAside {
  /** Index of the set-aside submission. */
  index: number;
  /** Index of the submission counted in its place. */
  keptIndex: number;
  /** Whether the times decided (false: at least one time could not be read, file order decided). */
  byTime: boolean;
}

/**
 * Which submissions of the same library (题3, trimmed) are set aside: of each
 * library's submissions the latest by `提交答卷时间` is counted (ties and
 * unreadable times: the later in the file), the others are set aside.
 */
export function findDuplicates(submissions: readonly Submission[]): SetAside[] {
  // Nearly every library submits once: its first submission is kept as a number, a list is made only for a library seen again.
  const first = new Map<string, number>();
  const groups = new Map<string, number[]>();
  for (let i = 0; i < submissions.length; i++) {
    const library = submissions[i]!.library;
    if (library === '') continue;
    const f = first.get(library);
    if (f === undefined) first.set(library, i);
    else {
      const group = groups.get(library);
      if (group === undefined) groups.set(library, [f, i]);
      else group.push(i);
    }
  }
  const setAside: SetAside[] = [];
  for (const group of groups.values()) {
    const byTime = group.every((i) => submissions[i]!.submittedAt !== null);
    let kept = group[group.length - 1]!;
    if (byTime) {
      kept = group[0]!;
      for (const i of group) if (submissions[i]!.submittedAt!.getTime() >= submissions[kept]!.submittedAt!.getTime()) kept = i;
    }
    for (const i of group) if (i !== kept) setAside.push({ index: i, keptIndex: kept, byTime });
  }
  return setAside.sort((a, b) => a.index - b.index);
}
