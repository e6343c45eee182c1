/**
 * An edition of a series as `astro dev` serves it: its own report followed
 * live (`liveReport`), beside the earlier editions' data, read again only when
 * one of their files changes.
 */
import { isProblem } from '../report/loadReport.ts';
import { memoOnFiles } from '../report/memoOnFiles.ts';
import { overlayError } from '../report/liveReport.ts';
import type { Report } from '../report/report.ts';
import { earlierEditions, withEdition, type EditionRef } from './editionReport.ts';

/** `live` (the edition's own report) with its place in the series of `ref`. */
export function liveEdition(live: () => Promise<Report>, ref: EditionRef): () => Promise<Report> {
  const folders = ref.series.editions.slice(0, ref.index).map((e) => e.folder);
  const earlier = memoOnFiles(() => folders.flatMap((f) => [f.questionnaire, f.data, f.description, f.nameOrder]), () => earlierEditions(ref));
  return async () => {
    const report = await live();
    const before = await earlier();
    if (isProblem(before)) throw overlayError(before);
    return withEdition(report, ref, before);
  };
}
