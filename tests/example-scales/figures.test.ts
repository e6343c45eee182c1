/**
 * The library-satisfaction example's figures, computed here from the raw CSV
 * (d3-dsv and arithmetic, nothing of src/survey/analysis), against the
 * analysis functions on the dataset `loadDataset` gives; and a few literal
 * values, so the test fails when the generated data change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { beforeAll, describe, expect, it } from 'vitest';
import { cronbachAlpha } from '../../src/survey/analysis/cronbachAlpha.ts';
import { rankingAverageScore } from '../../src/survey/analysis/rankingAverageScore.ts';
import { scaleMean } from '../../src/survey/analysis/scaleMean.ts';
import { topBoxShare } from '../../src/survey/analysis/topBoxShare.ts';
import { loadDataset } from '../../src/survey/loadDataset.ts';
import { questionScaleItems } from '../../src/survey/questionnaire.ts';
import type { Dataset } from '../../src/survey/types.ts';
import { loadValidQuestionnaire } from '../helpers/questionnaire.ts';

const folder = join(import.meta.dirname, '../../examples/library-satisfaction/data');
const qn = loadValidQuestionnaire(join(folder, 'questionnaire.json'));
const raw = csvParse(readFileSync(join(folder, 'responses.csv'), 'utf8').replace(/^\uFEFF/, ''));

/** Printed once from the generated file (rounded to 4 places). */
const LITERALS = { serviceMean: 4.04, reverseMean: 3.4933, eResourcesN: 138, alpha: 0.8481, seatsScore: 3.82 };

const AGREE = ['非常不同意', '不同意', '一般', '同意', '非常同意'];
const ROWS = ['馆员服务态度好', '开放时间能满足需要', '纸质馆藏能满足需要', '电子资源便于使用', '座位充足', '借还手续繁琐'];
const RANKED = ['座位数量', '开放时间', '电子资源', '纸质馆藏', '网络环境', '空调与照明'];

/** The 1–5 score of matrix row r in a raw record (6 − score on the reverse row 借还手续繁琐), NaN for 不适用. */
function rowScore(record: Record<string, string>, r: number): number {
  const i = AGREE.indexOf(record[`5(${ROWS[r]})`]!);
  if (i < 0) return NaN;
  return r === 5 ? 5 - i : i + 1;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sampleVariance = (xs: number[]) => xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1);
const scored = (r: number) => raw.map((rec) => rowScore(rec, r)).filter((s) => !Number.isNaN(s));

let dataset: Dataset;
beforeAll(async () => {
  const r = await loadDataset(join(folder, 'responses.csv'), qn);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  dataset = r.dataset;
});

describe('the library-satisfaction example', () => {
  it('has 150 valid responses without a warning', () => {
    expect(raw.length).toBe(150);
    expect(dataset.size).toBe(150);
    expect(dataset.warnings).toEqual([]);
  });

  it('gives each matrix row the mean, sample SD and top-2-box share computed from the CSV', () => {
    ROWS.forEach((_, r) => {
      const xs = scored(r);
      const m = scaleMean(dataset, 5, r);
      expect(m.n).toBe(xs.length);
      expect(m.mean).toBeCloseTo(mean(xs), 10);
      expect(m.sd).toBeCloseTo(Math.sqrt(sampleVariance(xs)), 10);
      expect(topBoxShare(dataset, 5, r).share).toBeCloseTo(xs.filter((s) => s >= 4).length / xs.length, 10);
    });
  });

  it('gives the matrix’s Cronbach α over the responses that scored every row', () => {
    const complete = raw.map((rec) => ROWS.map((_, r) => rowScore(rec, r))).filter((scores) => scores.every((s) => !Number.isNaN(s)));
    const k = ROWS.length;
    const items = ROWS.map((_, r) => sampleVariance(complete.map((s) => s[r]!)));
    const alpha = (k / (k - 1)) * (1 - items.reduce((a, b) => a + b, 0) / sampleVariance(complete.map((s) => s.reduce((a, b) => a + b, 0))));
    const a = cronbachAlpha(dataset, questionScaleItems(qn, 5));
    expect(a.n).toBe(complete.length);
    expect(a.alpha).toBeCloseTo(alpha, 10);
  });

  it('gives each ranked option’s 平均综合得分 (weights 6, 5, 4 for the first three of six options)', () => {
    const column = '9、请选出您最希望改进的三项并排序：';
    const scores = RANKED.map((option) => raw.reduce((sum, rec) => {
      const p = rec[column]!.split('→').indexOf(option);
      return sum + (p < 0 ? 0 : 6 - p);
    }, 0) / raw.length);
    rankingAverageScore(dataset, 9).forEach((s, i) => expect(s).toBeCloseTo(scores[i]!, 10));
  });

  it('keeps the figures it was generated with', () => {
    const literal = (x: number) => Number(x.toFixed(4));
    expect({
      serviceMean: literal(scaleMean(dataset, 5, 0).mean),
      reverseMean: literal(scaleMean(dataset, 5, 5).mean),
      eResourcesN: scaleMean(dataset, 5, 3).n,
      alpha: literal(cronbachAlpha(dataset, questionScaleItems(qn, 5)).alpha),
      seatsScore: literal(rankingAverageScore(dataset, 9)[0]!),
    }).toEqual(LITERALS);
  });
});
