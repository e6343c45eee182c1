/**
 * Series folders of any number of editions for the build bench, made from an
 * example series: its first editions as they are and, past its last, copies
 * of the last edition under new ids, each continuing the one before it
 * question by question (`continues` = the same number), so the series checks
 * and every edition builds.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface EditionEntry {
  id: string;
  label: string;
  questions?: Record<string, { continues: number | null }>;
}

export interface SeriesJson {
  title: string;
  editions: EditionEntry[];
}

/** The next id after `id`: `2025` → `2026`; a non-numeric id gets `-2`, `-3`…. */
export function nextId(id: string): string {
  if (/^\d+$/.test(id)) return String(Number(id) + 1);
  const m = /^(.*)-(\d+)$/.exec(id);
  return m ? `${m[1]}-${Number(m[2]) + 1}` : `${id}-2`;
}

/**
 * The series.json of `n` editions from `series`: its first `n`, then copies of
 * its last edition (which has questions `1…questions`) with the next ids, each
 * linking every question to the same number in the edition before.
 * `copyOf` names, per edition id, the source edition folder to copy.
 */
export function extendedSeries(series: SeriesJson, n: number, questions: number): { json: SeriesJson; copyOf: Record<string, string> } {
  if (n < 1) throw new Error('a series has at least one edition');
  const editions = series.editions.slice(0, n);
  const copyOf: Record<string, string> = Object.fromEntries(editions.map((e) => [e.id, e.id]));
  const last = series.editions.at(-1)!;
  while (editions.length < n) {
    const id = nextId(editions.at(-1)!.id);
    const identity = Object.fromEntries(Array.from({ length: questions }, (_, i) => [String(i + 1), { continues: i + 1 }]));
    editions.push({ id, label: `${id} 版`, questions: identity });
    copyOf[id] = last.id;
  }
  return { json: { ...series, editions }, copyOf };
}

/** A temporary series folder of `n` editions made from the series at `source`: its path. */
export function makeSeriesFolder(source: string, n: number): string {
  const series = JSON.parse(readFileSync(join(source, 'series.json'), 'utf8')) as SeriesJson & { $schema?: string };
  const last = series.editions.at(-1)!.id;
  const questionnaire = JSON.parse(readFileSync(join(source, last, 'data', 'questionnaire.json'), 'utf8')) as { questions: unknown[] };
  const { json, copyOf } = extendedSeries(series, n, questionnaire.questions.length);
  const root = mkdtempSync(join(tmpdir(), `bench-series-${n}-`));
  for (const [id, from] of Object.entries(copyOf)) cpSync(join(source, from), join(root, id), { recursive: true });
  // The example's $schema is relative to it; a copy elsewhere has no use for it.
  const { $schema: _schema, ...rest } = json as SeriesJson & { $schema?: string };
  writeFileSync(join(root, 'series.json'), `${JSON.stringify(rest, null, 2)}\n`);
  return root;
}
