/** The report's PDF, copied into the site when this build has one (`npm run pdf`); no file otherwise. */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { builtPdf, pdfFileName } from '../publish/pdfDownload.ts';

export const getStaticPaths = (() => {
  const pdf = builtPdf();
  return pdf ? [{ params: { report: pdfFileName().replace(/\.pdf$/, '') }, props: { path: pdf.path } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(readFileSync(props.path as string), { headers: { 'Content-Type': 'application/pdf' } });
