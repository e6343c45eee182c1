import { readFile } from 'node:fs/promises';
import { csvParseRows } from 'd3-dsv';

/**
 * The library names of the optional order file (a header row, then one name per
 * row, in the order the report prints them); none when the file does not exist.
 */
export async function readNameOrder(path: string): Promise<string[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return csvParseRows(text.replace(/^\uFEFF/, ''))
    .slice(1)
    .map((row) => (row[0] ?? '').trim())
    .filter(Boolean);
}
