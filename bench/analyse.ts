import { correlationMatrix } from '../src/survey/analysis/correlationMatrix.ts';
import { frequencyTable } from '../src/survey/analysis/frequencyTable.ts';
import { indexMeansByStage } from '../src/survey/analysis/indexMeansByStage.ts';
import { closedQuestions } from '../src/survey/questionnaire.ts';
import type { Dataset } from '../src/survey/types.ts';

/** Every table and index figure the report computes from a dataset (the indices themselves are computed with it). */
export function analyse(dataset: Dataset): void {
  for (const n of closedQuestions(dataset.questionnaire)) frequencyTable(dataset, n);
  correlationMatrix(dataset);
  indexMeansByStage(dataset);
}
