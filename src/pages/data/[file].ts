/** Every table's CSV download, written at build time: `data/q<N>.csv` and `data/indices-correlation.csv`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReport } from '../../site/report.ts';
import { correlationCsv, frequencyTableCsv } from '../../site/csv.ts';

export const getStaticPaths = (async () => [
  ...(await getReport()).closedQuestions.map((n) => ({ params: { file: `q${n}.csv` } })),
  { params: { file: 'indices-correlation.csv' } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const report = await getReport();
  const question = /^q(\d+)\.csv$/.exec(params.file!);
  const body = question ? frequencyTableCsv(report.table(Number(question[1]))) : correlationCsv(report.correlation);
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
