/**
 * Where a response-file save's latency in `npm run dev` goes, step by step,
 * timed in the bench's own process on the same report folder (once, after its
 * dev server has stopped): reading the file, the whole load the dev server
 * does on a change (read, decode, validate by row, store by column, with the
 * questionnaire and the data description), and the figures the page prints.
 * What the save costs beyond these is Astro rendering the page, the watcher
 * and the browser's reload.
 */
import { readFile } from 'node:fs/promises';
import type { ReportFolder } from '../src/report/folder.ts';
import { isProblem, loadReportData } from '../src/report/loadReport.ts';
import { analyse } from './analyse.ts';

export interface DataSteps {
  readMs: number;
  loadMs: number;
  figuresMs: number;
}

/** The three steps on `folder`'s response file, one run each. */
export async function devDataSteps(folder: ReportFolder): Promise<DataSteps> {
  const t0 = performance.now();
  await readFile(folder.data);
  const t1 = performance.now();
  const data = await loadReportData(folder);
  const t2 = performance.now();
  if (isProblem(data)) throw new Error(data.message);
  analyse(data.dataset);
  const t3 = performance.now();
  return { readMs: t1 - t0, loadMs: t2 - t1, figuresMs: t3 - t2 };
}
