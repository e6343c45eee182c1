/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** How many times each reference has been cited so far on the page being rendered. */
    citations?: Map<number, number>;
  }
}

/** The report this build or dev server serves (src/astro/reportSite.ts). */
declare module 'virtual:report-site' {
  export const folder: import('./report/folder.ts').ReportFolder;
  export const getReport: () => Promise<import('./report/report.ts').Report>;
  export const siteOptions: import('./entry/environment.ts').SiteOptions;
}
