/**
 * Benchmark section: the data pipeline (read, decode, parse and validate row
 * by row, tally, indices, correlations, stage means) against a bare d3-dsv
 * parse of the same file, at several sizes, to show the ratio and that the
 * cost grows linearly; and the peak memory of each, measured in a fresh
 * process (bench/peakRss.ts).
 * The baseline starts from the file, as the pipeline does: read + decode +
 * parse with nothing else, by Node's fastest path,
 * `csvParseRows((await readFile(path)).toString('utf8'))`. Times are in one
 * process after a warm-up run, so they are net of Node's start-up; the two
 * are run in alternation and the ratio is the median of the run-by-run
 * ratios, since this machine's speed drifts by several per cent within a minute.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { csvParseRows } from 'd3-dsv';
import { formatProblems, loadDataset } from '../src/survey/loadDataset.ts';
import { loadQuestionnaire } from '../src/survey/loadQuestionnaire.ts';
import type { Questionnaire } from '../src/survey/questionnaire.ts';
import { decodeText } from '../src/survey/read/decodeText.ts';
import { readCsv } from '../src/survey/read/readCsv.ts';
import { responseValidator } from '../src/survey/validate/validateResponses.ts';
import { analyse, bareParse, pipeline } from './analyse.ts';
import { syntheticCsv } from './syntheticCsv.ts';
import { medianMs, pairedMs, table } from './timing.ts';

const run = promisify(execFile);

export interface PipelineBenchOptions {
  /** Numbers of responses to measure at (default 10k, 100k, 300k). */
  sizes?: number[];
  runs?: number;
  seed?: number;
  /** The questionnaire the synthetic files answer (default: the project's). */
  questionnaireFile?: string;
}

export interface SizeResult {
  rows: number;
  bytes: number;
  bareParseMs: number;
  pipelineMs: number;
  ratio: number;
  /** Peak resident set size of a process doing only the bare parse / only the pipeline. */
  bareRss: number;
  pipelineRss: number;
  /** Median time of each stage measured alone (measured at 100k, or the one size given). */
  stagesMs?: Record<string, number>;
}

export interface PipelineBenchResult {
  sizes: SizeResult[];
  report: string;
}

/** The peak RSS of `bench/peakRss.ts` in `mode` on `file`, in bytes. */
async function peakRss(mode: 'bare' | 'pipeline', questionnaireFile: string, file: string): Promise<number> {
  const { stdout } = await run(process.execPath, [resolve(import.meta.dirname, 'peakRss.ts'), mode, questionnaireFile, file], { maxBuffer: 1 << 20 });
  return Number(stdout.trim());
}

/** Each stage of the pipeline timed alone on `path`. */
async function stageTimes(path: string, qn: Questionnaire, runs: number): Promise<Record<string, number>> {
  const raw = await readFile(path);
  const decoded = decodeText(raw);
  if (!decoded.ok) throw new Error(decoded.message);
  const validate = () => {
    const v = responseValidator(path, qn);
    readCsv(path, decoded.text, v);
    return v.finish();
  };
  const validated = validate().dataset!;
  return {
    'read file': await medianMs(runs, () => readFile(path)),
    decode: await medianMs(runs, () => decodeText(raw)),
    'parse only (d3-dsv, text in memory)': await medianMs(runs, () => csvParseRows(decoded.text)),
    'parse + validate + store by column': await medianMs(runs, validate),
    analyse: await medianMs(runs, () => analyse(validated)),
  };
}

/**
 * Writes a valid synthetic file of `rows` responses to `path` and returns its
 * size in bytes. Its text and the dataset checked from it are not kept, so the
 * timings that follow do not carry them in the heap (at 300k the text alone is
 * over a gigabyte).
 */
async function writeChecked(path: string, qn: Questionnaire, rows: number, seed: number): Promise<number> {
  const text = syntheticCsv(qn, rows, seed);
  await writeFile(path, text);
  const check = await loadDataset(path, qn);
  if (!check.ok) throw new Error(`synthetic file is not valid:\n${formatProblems(check.errors.slice(0, 20))}`);
  if (check.dataset.size !== rows) throw new Error(`synthetic file gave ${check.dataset.size} responses, not ${rows}`);
  return Buffer.byteLength(text);
}

/** Bare parse and pipeline at one size: times, ratio, peak memory. */
async function measure(dir: string, qn: Questionnaire, questionnaireFile: string, rows: number, runs: number, seed: number, withStages: boolean): Promise<SizeResult> {
  const path = join(dir, `responses-${rows}.csv`);
  const bytes = await writeChecked(path, qn, rows, seed);

  const { aMs: bareParseMs, bMs: pipelineMs, ratio } = await pairedMs(runs, () => bareParse(path), () => pipeline(path, qn));
  const bareRss = await peakRss('bare', questionnaireFile, path);
  const pipelineRss = await peakRss('pipeline', questionnaireFile, path);
  const stagesMs = withStages ? await stageTimes(path, qn, runs) : undefined;
  await rm(path);
  return { rows, bytes, bareParseMs, pipelineMs, ratio, bareRss, pipelineRss, ...(stagesMs ? { stagesMs } : {}) };
}

/** The section's text: one row per size, the stage breakdown, and the verdicts against the aims. */
function format(results: readonly SizeResult[], runs: number): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const mb = (b: number) => (b / 1e6).toFixed(0);
  const lines = [
    `pipeline (read + decode + parse & validate by row + store by column + tables, indices, correlations, stage means) vs bare read + d3-dsv parse, run in alternation; median of ${runs} runs (3 above 100k), ratio = median of the run-by-run ratios`,
    '',
    table([
      ['responses', 'file MB', 'bare ms', 'pipeline ms', 'ratio', 'pipeline ms / 1k', 'bare RSS MB', 'pipeline RSS MB', 'RSS ratio'],
      ...results.map((r) => [
        n(r.rows),
        mb(r.bytes),
        r.bareParseMs.toFixed(0),
        r.pipelineMs.toFixed(0),
        `${r.ratio.toFixed(2)}×`,
        (r.pipelineMs / (r.rows / 1000)).toFixed(1),
        mb(r.bareRss),
        mb(r.pipelineRss),
        `${(r.pipelineRss / r.bareRss).toFixed(2)}×`,
      ]),
    ]),
  ];
  const staged = results.find((r) => r.stagesMs);
  if (staged) {
    lines.push('', `stages alone at ${n(staged.rows)} responses:`, '');
    lines.push(table([['stage', 'median ms', '× bare parse'], ...Object.entries(staged.stagesMs!).map(([name, ms]) => [name, ms.toFixed(0), (ms / staged.bareParseMs).toFixed(2)])]));
  }
  const at100k = results.find((r) => r.rows === 100_000) ?? results[0]!;
  const perRow = results.map((r) => r.pipelineMs / r.rows);
  const spread = Math.max(...perRow) / Math.min(...perRow);
  lines.push(
    '',
    `ratio at ${n(at100k.rows)}: ${at100k.ratio.toFixed(2)}× (aim ≤ 2.0×); peak RSS ${(at100k.pipelineRss / at100k.bareRss).toFixed(2)}× the bare parse's (aim ≤ 2×)`,
    ...(results.length > 1 ? [`cost per response varies ${spread.toFixed(2)}× from ${n(results[0]!.rows)} to ${n(results.at(-1)!.rows)} responses (1.00 = exactly linear)`] : []),
  );
  return lines.join('\n');
}

/** Measures the pipeline against a bare parse on seeded synthetic files of each size. */
export async function pipelineBench({ sizes = [10_000, 100_000, 300_000], runs = 5, seed = 2023, questionnaireFile = resolve('data/questionnaire.json') }: PipelineBenchOptions = {}): Promise<PipelineBenchResult> {
  const qn = loadQuestionnaire(questionnaireFile);
  if (!qn.ok) throw new Error(`the questionnaire ${questionnaireFile} is invalid`);
  const dir = await mkdtemp(join(tmpdir(), 'crm-bench-'));
  try {
    const results: SizeResult[] = [];
    const stagesAt = sizes.includes(100_000) ? 100_000 : sizes[0];
    for (const rows of sizes) results.push(await measure(dir, qn.questionnaire, questionnaireFile, rows, rows > 100_000 ? Math.min(runs, 3) : runs, seed, rows === stagesAt));
    return { sizes: results, report: format(results, runs) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
