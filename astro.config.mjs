// @ts-check
// The entry point of `astro dev`, `astro check` and `astro preview`: the report folder and the site options come
// from the environment here, once; `npm run build` makes the same configuration in scripts/build.ts.
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/astro/siteConfig.ts';
import { reportFolderFrom, siteOptionsFrom } from './src/entry/environment.ts';
import { liveReport } from './src/report/liveReport.ts';

const folder = reportFolderFrom(process.env);

export default defineConfig(siteConfig({ folder, getReport: liveReport(folder), options: siteOptionsFrom(process.env) }));
