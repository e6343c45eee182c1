import { isAbsolute, relative } from 'node:path';

/** A file as messages name it: relative to the working directory when inside it (`data/responses.csv`), else absolute. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
