/**
 * The Astro integration that hands a report to the pages. Vite bundles the
 * pages and Astro prerenders them in this same process, but a Vite module can
 * only be code, not a value: so the integration keeps what it was given in a
 * process-wide registry under a key of its own (two builds in one process
 * never meet) and generates `virtual:report-site`, which reads it back.
 */
import { randomUUID } from 'node:crypto';
import type { AstroIntegration } from 'astro';
import type { SiteOptions } from '../entry/environment.ts';
import type { ReportFolder } from '../report/folder.ts';
import type { Report } from '../report/report.ts';

/** What pages read through `virtual:report-site`. */
export interface SiteInput {
  folder: ReportFolder;
  /** The report: one value for a build, read again on change in `astro dev`. */
  getReport: () => Promise<Report>;
  options: SiteOptions;
}

const registryKey = Symbol.for('report-site/inputs');
const moduleId = 'virtual:report-site';

function registry(): Map<string, SiteInput> {
  const holder = globalThis as { [registryKey]?: Map<string, SiteInput> };
  return (holder[registryKey] ??= new Map());
}

/** The integration serving `input` to the pages of one build or dev server. */
export function reportSite(input: SiteInput): AstroIntegration {
  const key = randomUUID();
  registry().set(key, input);
  const code = `const input = globalThis[Symbol.for(${JSON.stringify(registryKey.description)})].get(${JSON.stringify(key)});
export const folder = input.folder;
export const getReport = input.getReport;
export const siteOptions = input.options;`;
  return {
    name: 'report-site',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'report-site',
                resolveId: (id: string) => (id === moduleId ? `\0${moduleId}` : undefined),
                load: (id: string) => (id === `\0${moduleId}` ? code : undefined),
              },
            ],
          },
        });
      },
      'astro:build:done': () => {
        registry().delete(key);
      },
    },
  };
}
