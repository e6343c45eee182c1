/**
 * data/README.md, written by the generator so the seed and the measured
 * figures it states are always those of the shipped files.
 */
import type { Indices } from '../../src/survey/analysis/compositeIndices.ts';

export interface Summary {
  seed: number;
  rows: number;
  correlations: { benefitTrust: number; benefitParticipation: number; trustParticipation: number };
  stage: { at: Indices; rest: Indices };
  thresholds: { question: number; atLeast: number; count: number; share: number }[];
  movesAccepted: number;
}

export function readme(s: Summary): string {
  const f4 = (v: number) => v.toFixed(4);
  const f2 = (v: number) => v.toFixed(2);
  const pct = (v: number) => `${(100 * v).toFixed(2)}%`;
  const [channels, services] = s.thresholds;
  return `# data/: the response file the site is built from

## \`responses.csv\` is SYNTHETIC

**\`responses.csv\` is not the real survey data.** The 2023 survey's raw
responses (the 问卷星 export of 高校图书馆用户关系管理情况调查表) are not
public. This file is a synthetic stand-in, in the same format as that export
(see \`/work/shared/data-format.md\`, the contract), made so that the site can be
built and checked. Every respondent, phone number, IP address, free-text answer,
write-in and uploaded file name in it is made up; the only real names are the
twelve libraries the report itself names at the stage
\`已形成系统规划并全面开展工作\`, and the other 110 libraries are placeholders
(\`样本高校图书馆（编号NNN）\`). Nothing about any real library other than what
the report publishes can be read from it.

What it does reproduce, exactly: every figure the report publishes — every row
of 表1–表11 (${s.rows} valid responses), the shares of 题6 quoted in 4.1, the stage
counts of 4.4.1 and its twelve libraries, the correlation matrix 表12 at two
decimals, the stage-4 libraries' lead on all three indices (4.5), and the two
thresholds of 5.1. Options the report does not publish (题14, 15, 25, some
options of 题6, every \`其他\`, the remaining stages of 题28) have plausible
values chosen by hand in \`scripts/sample/marginals.ts\`. Relations between
questions beyond the published ones (which library chose what together) are
artefacts of the generator and mean nothing.

Replace it with the real export (same name, or point \`REPORT_DATA\` at it) and
the site is built from that instead.

## How it was made

\`scripts/generate-sample.ts\`, deterministic for its seed (**${s.seed}**, a
constant in the script; a tiny mulberry32 generator, no dependencies):

1. each option of each choice question is handed to exactly as many libraries
   as the report counts (scores from a seeded latent "maturity", so the
   composite indices start positively correlated; 题9 in two tiers, as the
   contract's note explains);
2. a seeded search moves single options between libraries (every marginal
   stays exact) until the correlations are within 0.0001 of 0.79 / 0.73 / 0.75,
   the stage-4 libraries lead on every index and both thresholds hold
   (${s.movesAccepted} moves);
3. option swaps that keep each library's counts mix the choices; then the
   cells are written as 问卷星 writes them: \`┋\` joins, \`其他〖…〗\`
   write-ins, \`(跳过)\` for 题15/22/23/24 where the skip logic hides them,
   \`(空)\` for optional questions, \`a^b\` for 题24, and a few counts typed the
   way people type them (\`约…\`, \`…人\`, \`50-60\`, and two unreadable:
   \`不详\`, \`若干\`, which the validator reports as warnings).

Measured on this file:

| figure | value |
| --- | --- |
| r 用户受益–用户信任 | ${f4(s.correlations.benefitTrust)} |
| r 用户受益–用户参与 | ${f4(s.correlations.benefitParticipation)} |
| r 用户信任–用户参与 | ${f4(s.correlations.trustParticipation)} |
| mean 受益 / 信任 / 参与, stage 4 | ${f2(s.stage.at.benefit)} / ${f2(s.stage.at.trust)} / ${f2(s.stage.at.participation)} |
| mean 受益 / 信任 / 参与, the rest | ${f2(s.stage.rest.benefit)} / ${f2(s.stage.rest.trust)} / ${f2(s.stage.rest.participation)} |
| 题${channels!.question}: ≥ ${channels!.atLeast} channels | ${channels!.count} libraries, ${pct(channels!.share)} |
| 题${services!.question}: > ${services!.atLeast - 1} services | ${services!.count} libraries, ${pct(services!.share)} |

To make it again (the result is byte-identical):

\`\`\`sh
npm run generate-sample                 # rewrites data/responses.csv, library-order.csv, README.md
npm run generate-sample -- --out DIR    # writes into DIR instead
\`\`\`

\`tests/sample/\` checks the shipped file through the real validator
(\`loadDataset\`) against the published figures
(\`tests/sample/published-2023.ts\`) and that the generator reproduces it.

## \`library-order.csv\` (optional)

The report lists the libraries at \`已形成系统规划并全面开展工作\` ordered by
their current staff size (4.4.1, footnote ①), which the questionnaire does not
ask. This file gives that order: a header row (\`图书馆\`), then one library
name per row, exactly as in 题3, in the report's order. Libraries at that stage
missing from it are listed after these, in Chinese collation order; names in it
that no response has are ignored. Without the file, all are in collation order.
It holds only names the report publishes.
`;
}
