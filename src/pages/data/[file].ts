/** Every table's CSV download, written at build time: `data/q<N>.csv`, and `data/indices-correlation.csv` when there are indices to correlate. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReport } from 'virtual:report-site';
import { correlationCsv, frequencyTableCsv } from '../../publish/csv.ts';

export const getStaticPaths = (async () => {
  const report = await getReport();
  return [
    ...report.closedQuestions.map((n) => ({ params: { file: `q${n}.csv` } })),
    // A correlation needs two indices at least; a questionnaire with fewer has no such download.
    ...(report.questionnaire.indices.length > 1 ? [{ params: { file: 'indices-correlation.csv' } }] : []),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const report = await getReport();
  const question = /^q(\d+)\.csv$/.exec(params.file!);
  const body = question ? frequencyTableCsv(report.table(Number(question[1])), report.meta.respondents) : correlationCsv(report.correlation);
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
