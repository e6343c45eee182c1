/**
 * Every table's CSV download, written at build time: `data/q<N>.csv`, `data/indices-correlation.csv` when there are indices to
 * correlate, and in a later edition of a series `data/trend-q<N>.csv` per linked question and `data/trend-indices.csv`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReport } from 'virtual:report-site';
import { correlationCsv, frequencyTableCsv, gridCsv } from '../../publish/csv.ts';
import { matrixGrid, rankingGrid, scaleGrid } from '../../publish/figureTables.ts';
import { question as questionOf } from '../../survey/questionnaire.ts';
import type { Report } from '../../report/report.ts';
import { currentEdition } from '../../series/editionContext.ts';
import { questionTrend } from '../../series/trend.ts';
import { trendGrid } from '../../series/trendGrid.ts';
import { indexTrends } from '../../series/indexTrend.ts';
import { indexTrendGrid } from '../../series/indexTrendGrid.ts';

export const getStaticPaths = (async () => {
  const report = await getReport();
  return [
    ...[...report.closedQuestions, ...report.gridQuestions].map((n) => ({ params: { file: `q${n}.csv` } })),
    // A correlation needs two indices at least; a questionnaire with fewer has no such download.
    ...(report.questionnaire.indices.length > 1 ? [{ params: { file: 'indices-correlation.csv' } }] : []),
    // In a later edition of a series, each question continuing one of the previous edition has its trend.
    ...trendQuestions(report).map((n) => ({ params: { file: `trend-q${n}.csv` } })),
    ...(report.edition && report.edition.editions.length > 1 && report.questionnaire.indices.length > 0 ? [{ params: { file: 'trend-indices.csv' } }] : []),
  ];
}) satisfies GetStaticPaths;

/** The choice questions of an edition that continue a question of the previous edition. */
function trendQuestions(report: Report): number[] {
  const links = report.edition ? currentEdition(report.edition).links : new Map();
  return report.closedQuestions.filter((n) => links.has(n));
}

/** The CSV of question n's table, whatever its type. */
function questionCsv(report: Report, n: number): string {
  const type = questionOf(report.questionnaire, n).type;
  if (type === 'scale' || type === 'matrixScale') return gridCsv(scaleGrid(report.scale(n), type === 'scale'), '项目');
  if (type === 'ranking') return gridCsv(rankingGrid(report.ranking(n)), '选项');
  if (type === 'matrixSingle' || type === 'matrixMultiple') return gridCsv(matrixGrid(report.matrix(n)), '项目');
  return frequencyTableCsv(report.table(n), report.meta.respondents);
}

export const GET: APIRoute = async ({ params }) => {
  const report = await getReport();
  const question = /^q(\d+)\.csv$/.exec(params.file!);
  const trend = /^trend-q(\d+)\.csv$/.exec(params.file!);
  const edition = report.edition;
  const body = question
    ? questionCsv(report, Number(question[1]))
    : trend && edition
      ? gridCsv(trendGrid(questionTrend(edition, Number(trend[1]))), '选项')
      : params.file === 'trend-indices.csv' && edition
        ? gridCsv(indexTrendGrid(indexTrends(edition), edition.editions.map((e) => e.label)), '指数')
        : correlationCsv(report.correlation);
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
