/**
 * The one entry point from a response file to the dataset the site is built
 * from: read (CSV or XLSX) and validate against the contract and the report's
 * questionnaire, row by row as the file is parsed; either the dataset or
 * every problem of the file.
 */
import type { Questionnaire } from './questionnaire.ts';
import { readResponseFile } from './read/readResponseFile.ts';
import type { Dataset, Problem } from './types.ts';
import { responseValidator, type ResponseValidator } from './validate/validateResponses.ts';

export { formatProblem, formatProblems } from './validate/formatProblem.ts';

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; errors: Problem[]; warnings: Problem[] };

/**
 * The validated dataset of the response file at `path` (.csv or .xlsx) against
 * questionnaire `qn`, or all its errors and warnings; a missing or unreadable
 * file is an error, never a throw.
 */
export async function loadDataset(path: string, qn: Questionnaire): Promise<LoadResult> {
  try {
    let validator: ResponseValidator | null = null;
    const { problems, read } = await readResponseFile(path, (source) => (validator = responseValidator(path, qn, source.undecodable > 0)));
    if (!read || validator === null) return { ok: false, errors: problems, warnings: [] };
    const result = (validator as ResponseValidator).finish();
    if (problems.length === 0 && result.dataset !== null) return { ok: true, dataset: result.dataset };
    const errors = [...problems, ...result.errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { ok: false, errors, warnings: result.warnings };
  } catch (e) {
    // A bug of ours must still reach the maintainer as a problem, not a stack trace.
    return { ok: false, errors: [{ severity: 'error', file: path, message: `读取答卷文件时出现内部错误：${e instanceof Error ? e.message : String(e)}` }], warnings: [] };
  }
}
