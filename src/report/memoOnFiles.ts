/** A value computed from files, recomputed when one of them changes (so `astro dev` follows the data without a restart). */
import { statSync } from 'node:fs';

/** What identifies a file's version cheaply: size and modification time, or its absence. */
function fileState(path: string): string {
  const s = statSync(path, { throwIfNoEntry: false });
  return s ? `${path}\0${s.size}\0${s.mtimeMs}` : `${path}\0-`;
}

/** `compute()`, kept while the files named by `files()` stay as they were. */
export function memoOnFiles<T>(files: () => string[], compute: () => T): () => T {
  const last: { key?: string; value?: T } = {};
  return () => {
    const key = files().map(fileState).join('\n');
    if (last.key !== key) Object.assign(last, { key, value: compute() });
    return last.value as T;
  };
}
