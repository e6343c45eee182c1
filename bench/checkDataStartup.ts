/**
 * Benchmark section: check-data's fixed cost, the time of
 * `npm run check-data` on the shipped 122-response file in a fresh process,
 * most of which is starting up; against a fresh process that only reads and
 * parses the same file with d3-dsv (bench/bareParseCli.ts): ratio = check-data / bare.
 * Also, to show where the start-up goes: Node alone, and check-data's work
 * started without Node's compile cache (src/cli/checkData.ts directly).
 * Runs alternate; each figure is the median of `runs` after one untimed run (which fills the cache).
 *
 * `npm run bench -- --only check-data`.
 */
import { resolve } from 'node:path';
import { timeNode } from './runCommand.ts';
import { formatRatio, median, ratio, table } from './timing.ts';

export async function checkDataStartupBench({ runs = 7, file = 'data/responses.csv' }: { runs?: number; file?: string } = {}): Promise<{ report: string; checkDataMs: number; bareMs: number }> {
  const commands = {
    'npm run check-data (node src/cli/check-data.ts)': ['src/cli/check-data.ts', file],
    'same work, no compile cache (src/cli/checkData.ts)': ['src/cli/checkData.ts', file],
    'bare: read + d3-dsv parse in a fresh process': [resolve('bench/bareParseCli.ts'), file],
    'node -e 0 (Node starting, nothing else)': ['-e', '0'],
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i <= runs; i++) {
    for (const [name, args] of Object.entries(commands)) {
      const { ms } = await timeNode(args);
      if (i > 0) times[name]!.push(ms);
    }
  }
  const medians = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  const bareMs = medians['bare: read + d3-dsv parse in a fresh process']!;
  const checkDataMs = medians['npm run check-data (node src/cli/check-data.ts)']!;
  return {
    checkDataMs,
    bareMs,
    report: [
      `check-data on ${file} in a fresh process (wall time, median of ${runs}, run in alternation); ratio to a fresh process that only reads and parses the file`,
      '',
      table([['command', 'ms', 'ratio'], ...Object.entries(medians).map(([name, ms]) => [name, ms.toFixed(0), formatRatio(ratio(ms, bareMs))])]),
    ].join('\n'),
  };
}
