import { mean } from 'simple-statistics';
import { stageQuestion } from '../questionnaire.ts';
import type { SurveyResponse } from '../types.ts';
import { compositeIndices, type Indices } from './compositeIndices.ts';

export interface StageMeans {
  /** 0-based option position of the stage in 题28. */
  stage: number;
  label: string;
  libraries: number;
  /** Mean of each index over the libraries at this stage; null when none is. */
  means: Indices | null;
}

/** The mean of each index over a non-empty list of libraries. */
function meanIndices(xs: readonly Indices[]): Indices {
  return { benefit: mean(xs.map((x) => x.benefit)), trust: mean(xs.map((x) => x.trust)), participation: mean(xs.map((x) => x.participation)) };
}

/** Mean composite indices of the libraries at each stage of 题28, in questionnaire order. */
export function indexMeansByStage(responses: readonly SurveyResponse[]): StageMeans[] {
  const n = stageQuestion.number;
  return stageQuestion.options.map((o, stage) => {
    const at = responses.filter((r) => r.choices[n]?.[0] === stage).map(compositeIndices);
    return {
      stage,
      label: o.text,
      libraries: at.length,
      means: at.length === 0 ? null : meanIndices(at),
    };
  });
}

/** Mean composite indices of the libraries at `stage` and of all the others. */
export function indexMeansAtStageVersusRest(responses: readonly SurveyResponse[], stage: number): { at: Indices; rest: Indices } {
  const n = stageQuestion.number;
  return {
    at: meanIndices(responses.filter((r) => r.choices[n]?.[0] === stage).map(compositeIndices)),
    rest: meanIndices(responses.filter((r) => r.choices[n]?.[0] !== stage).map(compositeIndices)),
  };
}
