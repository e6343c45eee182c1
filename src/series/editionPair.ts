/**
 * Two edition folders of one series, read for a comparison: the series from
 * the folder holding both, then every edition up to the later one loaded as
 * the build loads them, so the comparison follows the same chain of links.
 * Or one message saying which folder or file is wrong.
 */
import { basename, dirname, resolve } from 'node:path';
import { displayPath } from '../report/displayPath.ts';
import { isProblem, loadReportData } from '../report/loadReport.ts';
import type { EditionContext } from './editionContext.ts';
import { earlierEditions, editionContext } from './editionReport.ts';
import { isSeriesFolder, loadSeries } from './loadSeries.ts';
import { seriesFileName } from './series.ts';

export type EditionPair = { ok: true; context: EditionContext; from: number } | { ok: false; message: string };

const shown = (folder: string) => `${displayPath(folder)}/`;

/** The context of edition folder `later` (the last of it), and the position in it of edition folder `earlier`. */
export async function editionPair(earlier: string, later: string): Promise<EditionPair> {
  const folders = [resolve(earlier), resolve(later)] as const;
  for (const f of folders) {
    if (!isSeriesFolder(dirname(f))) return { ok: false, message: `${shown(f)} 不是报告系列的版本文件夹：${shown(dirname(f))} 中没有 ${seriesFileName}` };
  }
  if (dirname(folders[0]) !== dirname(folders[1])) return { ok: false, message: `${shown(folders[0])} 与 ${shown(folders[1])} 不属于同一个报告系列` };
  const loaded = loadSeries(dirname(folders[0]));
  if (!loaded.ok) return loaded;
  const { series } = loaded;
  const [a, b] = folders.map((f) => series.editions.findIndex((e) => resolve(e.folder.root) === f)) as [number, number];
  for (const [i, f] of [[a, folders[0]], [b, folders[1]]] as const) {
    if (i < 0) return { ok: false, message: `${displayPath(series.file)} 中没有版本「${basename(f)}」（有：${series.editions.map((e) => e.id).join('、')}）` };
  }
  const [labelA, labelB] = [series.editions[a]!.label, series.editions[b]!.label];
  if (a === b) return { ok: false, message: `两个文件夹是同一版（${labelA}），没有可比较的` };
  if (a > b) return { ok: false, message: `${labelA}（${shown(folders[0])}）晚于 ${labelB}（${shown(folders[1])}）：请先写较早的一版` };
  // Nothing is published: the base path is never printed.
  const ref = { series, index: b, seriesBase: '/' };
  const before = await earlierEditions(ref);
  if (isProblem(before)) return { ok: false, message: before.message };
  const data = await loadReportData(series.editions[b]!.folder);
  if (isProblem(data)) return { ok: false, message: data.message };
  return { ok: true, context: editionContext(ref, before, data), from: a };
}
