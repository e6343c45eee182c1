/** A throwaway copy of a report folder for the bench to edit and build (the repository's own content/ and data/ are never touched). */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Copies `content/` and `data/` of the report at `source` into a new temporary folder; `responses`, when given, replaces its data/responses.csv. */
export function copyReport(source: string, responses?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'bench-report-'));
  for (const dir of ['content', 'data']) cpSync(resolve(source, dir), join(root, dir), { recursive: true });
  if (responses !== undefined) writeFileSync(join(root, 'data', 'responses.csv'), responses);
  return root;
}
