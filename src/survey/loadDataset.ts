/**
 * The one entry point from a response file to the dataset the site is built
 * from: read (CSV or XLSX), validate against the contract, and either the
 * dataset or every problem of the file.
 */
import { readResponseFile } from './read/readResponseFile.ts';
import type { Dataset, Problem } from './types.ts';
import { validateResponses } from './validate/validateResponses.ts';

export { formatProblem, formatProblems } from './validate/formatProblem.ts';

/**
 * The validated dataset of the response file at `path` (.csv or .xlsx), or all
 * its errors and warnings; a missing or unreadable file is an error, never a throw.
 */
export async function loadDataset(path: string): Promise<{ ok: true; dataset: Dataset } | { ok: false; errors: Problem[]; warnings: Problem[] }> {
  try {
    const read = await readResponseFile(path);
    if (read.table === null) return { ok: false, errors: read.problems, warnings: [] };
    const { table } = read;
    const result = validateResponses(path, table.header, table.rows, table.headerLine);
    if (read.problems.length === 0 && result.dataset !== null) return { ok: true, dataset: result.dataset };
    const errors = [...read.problems, ...result.errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { ok: false, errors, warnings: result.warnings };
  } catch (e) {
    // A bug of ours must still reach the maintainer as a problem, not a stack trace.
    return { ok: false, errors: [{ severity: 'error', file: path, message: `读取答卷文件时出现内部错误：${e instanceof Error ? e.message : String(e)}` }], warnings: [] };
  }
}
