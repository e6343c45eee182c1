/** What checking one statement against the data gives. */
export interface Verdict {
  /** The question numbers the statement reads. */
  questions: number[];
  holds: boolean;
  /** What the data say, in Chinese (also when the statement holds). */
  now: string;
  /** The words a computed statement prints, when it prints any. */
  words?: string;
}

/** Props as a component or the MDX reader hands them over. */
export type Props = Readonly<Record<string, unknown>>;
