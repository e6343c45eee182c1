/**
 * Benchmark section: the data pipeline on a large valid file, against a bare
 * d3-dsv parse of the same file. The baseline starts from the file, as the
 * pipeline does: read + decode + parse with nothing else, by Node's fastest
 * path, `csvParseRows((await readFile(path)).toString('utf8'))` (one read,
 * simdutf decoding, no validation). `csvParseRows(await readFile(path, 'utf8'))`
 * looks like the same thing but is 2–3× slower on Node 24 (fs/promises decodes
 * chunk by chunk through a StringDecoder and joins the pieces), so it would
 * flatter the ratio; it is printed below the baseline for reference, with
 * the parse of text already in memory. The per-stage breakdown times each
 * stage of the pipeline alone.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { compositeIndices } from '../src/survey/analysis/compositeIndices.ts';
import { correlationMatrix } from '../src/survey/analysis/correlationMatrix.ts';
import { frequencyTable } from '../src/survey/analysis/frequencyTable.ts';
import { formatProblems, loadDataset } from '../src/survey/loadDataset.ts';
import { questionnaire } from '../src/survey/questionnaire.ts';
import { decodeText } from '../src/survey/read/decodeText.ts';
import { readCsv } from '../src/survey/read/readCsv.ts';
import type { SurveyResponse } from '../src/survey/types.ts';
import { validateResponses } from '../src/survey/validate/validateResponses.ts';
import { syntheticCsv } from './syntheticCsv.ts';
import { medianMs, table } from './timing.ts';

export interface PipelineBenchOptions {
  rows?: number;
  runs?: number;
  seed?: number;
}

export interface PipelineBenchResult {
  rows: number;
  bytes: number;
  /** `csvParseRows((await readFile(path)).toString('utf8'))`: the baseline the ratio is against. */
  bareParseMs: number;
  /** `csvParseRows(await readFile(path, 'utf8'))`, for reference (a slower read + decode). */
  bareParseReadFileUtf8Ms: number;
  /** `csvParseRows(text)` of text already in memory (no read, no decode), for reference. */
  bareParseInMemoryMs: number;
  pipelineMs: number;
  ratio: number;
  /** Median time of each stage measured alone, for seeing what dominates. */
  stagesMs: Record<string, number>;
  report: string;
}

const choiceQuestions = questionnaire.questions.filter((q) => q.type === 'multiple' || q.type === 'single').map((q) => q.number);

/** Every table and index the report computes from the responses. */
function analyse(responses: readonly SurveyResponse[]): void {
  for (const n of choiceQuestions) frequencyTable(responses, n);
  correlationMatrix(responses.map(compositeIndices));
}

/**
 * Times, on a seeded synthetic file of `rows` valid responses: a bare
 * `csvParseRows((await readFile(path)).toString('utf8'))` of the file, and the whole pipeline (read + decode +
 * parse + validate + frequency tables + composite indices + correlations);
 * median of `runs` runs each.
 */
export async function pipelineBench({ rows = 100_000, runs = 5, seed = 2023 }: PipelineBenchOptions = {}): Promise<PipelineBenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'crm-bench-'));
  try {
    const path = join(dir, 'responses.csv');
    const text = syntheticCsv(rows, seed);
    await writeFile(path, text);
    const bytes = Buffer.byteLength(text);

    const check = await loadDataset(path);
    if (!check.ok) throw new Error(`synthetic file is not valid:\n${formatProblems(check.errors.slice(0, 20))}`);
    if (check.dataset.responses.length !== rows) throw new Error(`synthetic file gave ${check.dataset.responses.length} responses, not ${rows}`);

    const bareParseMs = await medianMs(runs, async () => csvParseRows((await readFile(path)).toString('utf8')));
    const bareParseReadFileUtf8Ms = await medianMs(runs, async () => csvParseRows(await readFile(path, 'utf8')));
    const bareParseInMemoryMs = await medianMs(runs, () => csvParseRows(text));
    const pipelineMs = await medianMs(runs, async () => {
      const loaded = await loadDataset(path);
      if (!loaded.ok) throw new Error('pipeline rejected the file');
      analyse(loaded.dataset.responses);
    });

    const raw = await readFile(path);
    const decoded = decodeText(raw);
    if (!decoded.ok) throw new Error(decoded.message);
    const parsed = readCsv(path, decoded.text, decoded.encoding);
    const stagesMs: Record<string, number> = {
      'read file': await medianMs(runs, () => readFile(path)),
      decode: await medianMs(runs, () => decodeText(raw)),
      'parse (readCsv)': await medianMs(runs, () => readCsv(path, decoded.text, decoded.encoding)),
      validate: await medianMs(runs, () => validateResponses(path, parsed.table!.header, parsed.table!.rows)),
      analyse: await medianMs(runs, () => analyse(check.dataset.responses)),
    };

    const rate = (ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString('en-US')}`;
    const ratio = pipelineMs / bareParseMs;
    const report = [
      `pipeline: ${rows.toLocaleString('en-US')} responses, ${(bytes / 1e6).toFixed(1)} MB, median of ${runs} runs`,
      '',
      table([
        ['step', 'median ms', 'rows/s', '× bare parse'],
        ['bare read + d3-dsv parse (baseline)', bareParseMs.toFixed(0), rate(bareParseMs), '1.00'],
        ['  (same with readFile(path, \'utf8\'))', bareParseReadFileUtf8Ms.toFixed(0), rate(bareParseReadFileUtf8Ms), (bareParseReadFileUtf8Ms / bareParseMs).toFixed(2)],
        ['  (csvParseRows of text in memory)', bareParseInMemoryMs.toFixed(0), rate(bareParseInMemoryMs), (bareParseInMemoryMs / bareParseMs).toFixed(2)],
        ['full pipeline', pipelineMs.toFixed(0), rate(pipelineMs), ratio.toFixed(2)],
        ...Object.entries(stagesMs).map(([name, ms]) => [`  stage: ${name}`, ms.toFixed(0), rate(ms), (ms / bareParseMs).toFixed(2)]),
      ]),
      '',
      `ratio pipeline / bare read + parse: ${ratio.toFixed(2)}× (target ≤ 2×); against readFile(path, 'utf8') + parse: ${(pipelineMs / bareParseReadFileUtf8Ms).toFixed(2)}×`,
    ].join('\n');
    return { rows, bytes, bareParseMs, bareParseReadFileUtf8Ms, bareParseInMemoryMs, pipelineMs, ratio, stagesMs, report };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
