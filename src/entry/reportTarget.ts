/**
 * What `REPORT_ROOT` names, for every entry point (build, pdf, dev, the checks):
 * one report folder, or a series (its `series.json` read and checked) with the
 * edition `REPORT_EDITION` picks, if it picks one.
 */
import { reportFolder, type ReportFolder } from '../report/folder.ts';
import { displayPath } from '../report/displayPath.ts';
import { editionIndex } from '../series/editionIndex.ts';
import { loadSeries } from '../series/loadSeries.ts';
import type { Series } from '../series/series.ts';
import { editionIdFrom, reportFolderFrom, seriesRootFrom, type Environment } from './environment.ts';

export type ReportTarget =
  | { kind: 'report'; folder: ReportFolder }
  /** `edition`: the position REPORT_EDITION names; undefined when it names none (every edition, or the latest). */
  | { kind: 'series'; series: Series; edition: number | undefined }
  | { kind: 'problem'; message: string };

/** The report or series of `env`, or the message saying why it cannot be read. */
export function reportTargetFrom(env: Environment): ReportTarget {
  const root = seriesRootFrom(env);
  if (!root) return { kind: 'report', folder: reportFolderFrom(env) };
  const loaded = loadSeries(root);
  if (!loaded.ok) return { kind: 'problem', message: loaded.message };
  const id = editionIdFrom(env);
  const edition = id === undefined ? undefined : editionIndex(loaded.series, id);
  if (typeof edition === 'string') return { kind: 'problem', message: edition };
  return { kind: 'series', series: loaded.series, edition };
}

/** The editions a checking command looks at: the one REPORT_EDITION names, the latest when a file is given (it stands in for one edition's), or else every edition. */
export function editionsToCheck(series: Series, edition: number | undefined, fileGiven: boolean): number[] {
  if (edition !== undefined) return [edition];
  return fileGiven ? [series.editions.length - 1] : series.editions.map((_, i) => i);
}

/** An edition's folder with `REPORT_DATA`'s file (or `file`) in place of its own response file. */
export function editionFolder(series: Series, index: number, env: Environment, file?: string): ReportFolder {
  const own = series.editions[index]!.folder;
  const data = file ?? env.REPORT_DATA;
  return data ? reportFolder(own.root, { data, nameOrder: own.nameOrder }) : own;
}

/** The heading a command prints before an edition's part of its output. */
export function editionHeading(series: Series, index: number): string {
  const e = series.editions[index]!;
  return `—— ${e.label}（${displayPath(e.folder.root)}/）`;
}
