/**
 * A report series as one value: its title and its editions in order, each a
 * report folder, each later one with how its questions continue the
 * previous edition's. Entry points make it (src/series/loadSeries.ts).
 */
import type { ReportFolder } from '../report/folder.ts';

/** How one question of an edition continues a question of the previous edition. */
export interface QuestionLink {
  /** The question in the previous edition. */
  continues: number;
  /** Whether the question's wording changed: comparisons are then marked as indicative. */
  reworded: boolean;
  /** For each option of this question (by position), the text of the option it continues, or null when it is new. */
  optionFrom: readonly (string | null)[];
  /** Options of the previous question that this one dropped. */
  dropped: readonly string[];
}

export interface Edition {
  /** The edition's folder name and URL segment (`2024` → `/2024/`). */
  id: string;
  /** What readers call it: `2024 版`. */
  label: string;
  folder: ReportFolder;
  /** This edition's questions that continue one of the previous edition, by question number; empty for the first edition. */
  links: ReadonlyMap<number, QuestionLink>;
}

export interface Series {
  /** The series folder (absolute). */
  root: string;
  /** `series.json` in it. */
  file: string;
  title: string;
  editions: readonly Edition[];
}

/** The file that makes a folder a series. */
export const seriesFileName = 'series.json';
