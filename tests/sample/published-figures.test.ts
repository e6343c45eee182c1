/**
 * The shipped synthetic sample reproduces every figure the 2023 report
 * publishes, measured through the real validator and the analysis functions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { correlationMatrix } from '../../src/survey/analysis/correlationMatrix.ts';
import { frequencyTable } from '../../src/survey/analysis/frequencyTable.ts';
import { indexMeansAtStageVersusRest } from '../../src/survey/analysis/indexMeansByStage.ts';
import { namesAtStage } from '../../src/survey/analysis/namesAtStage.ts';
import { shareSelectingAtLeast } from '../../src/survey/analysis/shareSelectingAtLeast.ts';
import { optionIndex, stageQuestion } from '../../src/survey/questionnaire.ts';
import type { Dataset } from '../../src/survey/types.ts';
import { questionnaire } from '../helpers/questionnaire.ts';
import { libraryOrder, loadSample } from './load.ts';
import {
  publishedCorrelations,
  publishedOptionShares,
  publishedStageFourLibraries,
  publishedStages,
  publishedTables,
  publishedThresholds,
  publishedTotal,
} from '../../scripts/sample/published-2023.ts';

let responses: Dataset;
beforeAll(async () => {
  responses = (await loadSample()).dataset;
});

const stage = stageQuestion(questionnaire)!;
const stageFour = () => optionIndex(questionnaire, stage.number, publishedStages[0]!.label);

describe('the sample as a whole', () => {
  it(`has ${publishedTotal} valid responses, no errors, and warnings only for unreadable counts`, async () => {
    const { dataset } = await loadSample();
    expect(dataset.size).toBe(publishedTotal);
    expect(dataset.setAside).toBe(0);
    const countColumns = questionnaire.questions.filter((q) => q.type === 'count').map((q) => `${q.number}、${q.text}`);
    expect(dataset.warnings.length).toBeGreaterThan(0);
    for (const w of dataset.warnings) {
      expect(countColumns).toContain(w.column);
      expect(w.message).toMatch(/按缺失处理$/);
    }
  });
});

describe.each(publishedTables)('$table (题$question)', ({ question, rows }) => {
  it('has every published row, in the published order, with its count and percentage', () => {
    const t = frequencyTable(responses, question);
    expect(t.total).toBe(publishedTotal);
    const actual = t.rows.map((r) => ({ ...(r.group === undefined ? {} : { group: r.group }), label: r.label, count: r.count, percent: r.percent }));
    expect(actual).toEqual(rows);
  });
});

describe('inline figures', () => {
  it.each(publishedOptionShares)('题$question $label: $percent', ({ question, label, percent }) => {
    const row = frequencyTable(responses, question).rows.find((r) => r.label === label);
    expect(row?.percent).toBe(percent);
  });

  it.each(publishedStages)('题28 $label: $percent', ({ label, count, percent }) => {
    const row = frequencyTable(responses, stage.number).rows.find((r) => r.text === label);
    expect(row?.percent).toBe(percent);
    if (count !== undefined) expect(row?.count).toBe(count);
  });

  it('表12: the correlation matrix prints as published, and is within 0.001 of it', () => {
    const { ids, r } = correlationMatrix(responses);
    expect(ids).toEqual(['benefit', 'trust', 'participation']);
    const pairs = {
      benefitTrust: r[0]![1]!,
      benefitParticipation: r[0]![2]!,
      trustParticipation: r[1]![2]!,
    };
    for (const [pair, value] of Object.entries(pairs)) {
      const printed = publishedCorrelations[pair as keyof typeof publishedCorrelations];
      expect(value.toFixed(2), pair).toBe(printed);
      expect(Math.abs(value - Number(printed)), pair).toBeLessThan(0.001);
    }
  });

  it('4.5: the stage-4 libraries have a higher mean on all three indices than the rest', () => {
    const { at, rest } = indexMeansAtStageVersusRest(responses, stageFour());
    expect(Object.keys(at)).toEqual(['benefit', 'trust', 'participation']);
    for (const id of Object.keys(at)) expect(at[id], id).toBeGreaterThan(rest[id]!);
  });

  it('5.1: more than 70% of libraries use 7 or more channels (题4)', () => {
    const { question, atLeast, shareAbove } = publishedThresholds.channels;
    expect(shareSelectingAtLeast(responses, question, atLeast).share).toBeGreaterThan(shareAbove);
  });

  it('5.1: more than half of the libraries offer more than 19 services (题9)', () => {
    const { question, atLeast, shareAbove } = publishedThresholds.services;
    expect(shareSelectingAtLeast(responses, question, atLeast).share).toBeGreaterThan(shareAbove);
  });

  it('4.4.1: the libraries at the last stage are the twelve the report names, in its order', async () => {
    const order = await libraryOrder();
    expect(order).toEqual(publishedStageFourLibraries);
    expect(namesAtStage(responses, stageFour(), order)).toEqual(publishedStageFourLibraries);
  });
});
