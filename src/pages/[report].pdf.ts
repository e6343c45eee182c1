/** The report's PDF, copied into the site when this build has one (`npm run pdf`); no file otherwise. */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReport, siteOptions } from 'virtual:report-site';
import { builtPdf, pdfFileName } from '../publish/pdfDownload.ts';

export const getStaticPaths = (async () => {
  const pdf = builtPdf(siteOptions.pdf);
  return pdf ? [{ params: { report: pdfFileName((await getReport()).meta).replace(/\.pdf$/, '') }, props: { path: pdf.path } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(readFileSync(props.path as string), { headers: { 'Content-Type': 'application/pdf' } });
