/**
 * Generates the SYNTHETIC 2023 response file the site ships with: a stand-in
 * for the 问卷星 export (the real microdata are not public) that reproduces
 * every figure the 2023 report publishes.
 *
 *   npm run generate-sample                 # writes data/
 *   npm run generate-sample -- --out DIR    # writes DIR/ instead
 *
 * Deterministic: the same seed gives byte-identical files. Change SEED (or
 * pass --seed N) only on purpose; the tests check the shipped files.
 *
 * Writes responses.csv, library-order.csv and README.md. How the sample is
 * made: scripts/sample/assign.ts (choices), scripts/sample/rows.ts (cells).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { correlationMatrix } from '../src/survey/analysis/correlationMatrix.ts';
import { indexMeansAtStageVersusRest } from '../src/survey/analysis/indexMeansByStage.ts';
import { shareSelectingAtLeast } from '../src/survey/analysis/shareSelectingAtLeast.ts';
import { formatProblems } from '../src/survey/loadDataset.ts';
import { formatQuestionnaireProblems, loadQuestionnaire } from '../src/survey/loadQuestionnaire.ts';
import { optionIndex, stageQuestion, type Questionnaire } from '../src/survey/questionnaire.ts';
import { validateResponses } from '../src/survey/validate/validateResponses.ts';
import {
  publishedCorrelations,
  publishedStageFourLibraries,
  publishedStages,
  publishedThresholds,
} from './sample/published-2023.ts';
import { assign, type Targets } from './sample/assign.ts';
import { csvFile, headerRow } from './sample/csv.ts';
import { targetCounts, TOTAL } from './sample/marginals.ts';
import { mulberry32 } from './sample/prng.ts';
import { readme, type Summary } from './sample/readme.ts';
import { buildRows } from './sample/rows.ts';

/** The seed of the shipped sample. */
export const SEED = 20230415;

export interface Sample {
  /** File name → contents. */
  files: Record<'responses.csv' | 'library-order.csv' | 'README.md', string>;
  summary: Summary;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The 2023 questionnaire the sample answers; throws its problems if it is invalid. */
function sampleQuestionnaire(): Questionnaire {
  const loaded = loadQuestionnaire(resolve(repoRoot, 'data', 'questionnaire.json'));
  if (!loaded.ok) throw new Error(formatQuestionnaireProblems(loaded.problems));
  return loaded.questionnaire;
}

/** The whole sample for a seed, in memory. */
export function generateSample(seed: number = SEED): Sample {
  const rng = mulberry32(seed);
  const questionnaire = sampleQuestionnaire();
  const stage = stageQuestion(questionnaire);
  if (stage === undefined) throw new Error('the 2023 questionnaire has no stage question');
  const namedStage = optionIndex(questionnaire, stage.number, publishedStages[0]!.label);
  const ceil = (share: number) => Math.floor(share * TOTAL) + 1;
  const targets: Targets = {
    correlations: [
      Number(publishedCorrelations.benefitTrust),
      Number(publishedCorrelations.benefitParticipation),
      Number(publishedCorrelations.trustParticipation),
    ],
    namedStage,
    thresholds: Object.values(publishedThresholds).map((t) => ({ question: t.question, atLeast: t.atLeast, rows: ceil(t.shareAbove) })),
    stageMargin: 1,
    tolerance: 0.0001,
    // Libraries of 80+ staff (the survey's population) offer a handful of services and channels at least.
    floors: { 4: 3, 9: 5 },
  };
  const assignment = assign(rng, questionnaire, targetCounts(questionnaire), targets);
  const { rows } = buildRows(rng, questionnaire, assignment, namedStage, publishedStageFourLibraries);
  const header = headerRow(questionnaire);
  // The summary is measured as the site measures: through the validator.
  const validated = validateResponses('responses.csv', questionnaire, header, rows.map((cells, i) => ({ line: i + 2, cells })));
  if (validated.dataset === null) throw new Error(`the generated rows do not validate:\n${formatProblems(validated.errors.slice(0, 10))}`);
  const responses = validated.dataset;

  const r = correlationMatrix(responses).r;
  const summary: Summary = {
    seed,
    rows: rows.length,
    correlations: { benefitTrust: r[0]![1]!, benefitParticipation: r[0]![2]!, trustParticipation: r[1]![2]! },
    stage: indexMeansAtStageVersusRest(responses, namedStage),
    thresholds: Object.values(publishedThresholds).map((t) => ({ ...t, ...shareSelectingAtLeast(responses, t.question, t.atLeast) })),
    movesAccepted: assignment.movesAccepted,
  };
  return {
    files: {
      'responses.csv': csvFile([header, ...rows], { bom: true }),
      'library-order.csv': csvFile([['图书馆'], ...publishedStageFourLibraries.map((name) => [name])], { bom: false }),
      'README.md': readme(summary),
    },
    summary,
  };
}

/** Generates the sample and writes its files into `outDir`. */
export async function writeSample(outDir: string, seed: number = SEED): Promise<Summary> {
  const { files, summary } = generateSample(seed);
  await mkdir(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(resolve(outDir, name), text, 'utf8');
  return summary;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, seed: { type: 'string' } } });
  const outDir = values.out === undefined ? resolve(repoRoot, 'data') : resolve(values.out);
  const seed = values.seed === undefined ? SEED : Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not ${values.seed}`);
  const s = await writeSample(outDir, seed);
  const f = (v: number) => v.toFixed(4);
  console.log(`wrote ${s.rows} synthetic responses (seed ${s.seed}) to ${outDir}`);
  console.log(
    `r: benefit–trust ${f(s.correlations.benefitTrust)}, benefit–participation ${f(s.correlations.benefitParticipation)}, trust–participation ${f(s.correlations.trustParticipation)}`,
  );
  for (const t of s.thresholds) console.log(`题${t.question} ≥ ${t.atLeast}: ${t.count} libraries (${(100 * t.share).toFixed(2)}%)`);
}
