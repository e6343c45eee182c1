/**
 * What the entry points (the npm scripts, astro.config.mjs) take from the
 * environment, read once there and passed down as values: nothing below an
 * entry point looks at the environment.
 */
import { resolve } from 'node:path';
import { reportFolder, type ReportFolder } from '../report/folder.ts';
import { isSeriesFolder } from '../series/loadSeries.ts';

export type Environment = Readonly<Record<string, string | undefined>>;

/** The report folder: `REPORT_ROOT` (default: the working directory), with `REPORT_DATA` and `REPORT_LIBRARY_ORDER` replacing its own files. */
export function reportFolderFrom(env: Environment): ReportFolder {
  return reportFolder(resolve(env.REPORT_ROOT || '.'), { data: env.REPORT_DATA || undefined, nameOrder: env.REPORT_LIBRARY_ORDER || undefined });
}

/** The series folder `REPORT_ROOT` names, when it is one (it holds `series.json`); undefined for a report folder. */
export function seriesRootFrom(env: Environment): string | undefined {
  const root = resolve(env.REPORT_ROOT || '.');
  return isSeriesFolder(root) ? root : undefined;
}

/** `REPORT_EDITION`: which edition of a series `astro dev` serves and `check-data`/`check-claims` check (default: the latest, or every edition). */
export function editionIdFrom(env: Environment): string | undefined {
  return env.REPORT_EDITION || undefined;
}

/** How a site is published, as opposed to what it says. */
export interface SiteOptions {
  /** The sub-path the site is served under, with a slash at each end: `/reports/crm/`, or `/`. */
  base: string;
  /** The site's origin, for the sitemap and Open Graph URLs. */
  site: string;
  /** The PDF this build ships (`npm run pdf` makes it), or none. */
  pdf?: string;
  /** The day the cover prints; fixed by `SOURCE_DATE_EPOCH` (seconds) for reproducible builds. */
  date: Date;
}

/** `BASE_PATH`, `SITE_URL`, `REPORT_PDF` (relative to the working directory) and `SOURCE_DATE_EPOCH`. */
export function siteOptionsFrom(env: Environment): SiteOptions {
  return {
    base: `/${(env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/'),
    site: env.SITE_URL || 'https://example.org',
    ...(env.REPORT_PDF ? { pdf: resolve(env.REPORT_PDF) } : {}),
    date: env.SOURCE_DATE_EPOCH ? new Date(Number(env.SOURCE_DATE_EPOCH) * 1000) : new Date(),
  };
}

/** Where `npm run build` writes the site: `REPORT_DIST`, or `dist/`. */
export function distFrom(env: Environment): string {
  return resolve(env.REPORT_DIST || 'dist');
}
