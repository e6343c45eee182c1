/** The build's statement check: prints the statements the data do not support, and with `--strict` says the build must stop. */
import type { Dataset } from '../survey/types.ts';
import { checkChapters, claimDataOf } from './checkChapters.ts';
import { statementLines, summaryLine } from './format.ts';

/**
 * Checks every chapter's statements against the dataset, prints the summary
 * and each one that does not hold as a warning; returns the message to stop
 * with when `strict` and any does not hold.
 */
export async function checkBuildStatements(dataset: Dataset, strict: boolean): Promise<{ stop?: string }> {
  let statements;
  try {
    statements = checkChapters(claimDataOf(dataset));
  } catch (e) {
    // A statement written wrongly: its message names the file and line.
    return { stop: e instanceof Error ? e.message : String(e) };
  }
  const failing = statements.filter((s) => !s.holds);
  console.log(`表述核对：${summaryLine(statements)}`);
  for (const s of failing) console.warn(statementLines(s).map((l) => `  ${l}`).join('\n'));
  if (strict && failing.length > 0) return { stop: `--strict：${failing.length} 条表述与数据不符（见上），请修改表述或数据。` };
  return {};
}
