/**
 * Six test projects:
 * - `unit`: tests/**\/*.test.ts except the five below (`npm run test:unit`): no site is built;
 * - `builds`: tests/builds/**, which build sites and run the dev server themselves (the statement
 *   check in a build and in `astro dev`, two reports built in one process);
 * - `site`: tests/site-build/**, which read sites built in its global setup (from
 *   the 2023 sample, from a second file, and a build a broken file must stop);
 * - `example`: tests/example-report/**, which build the example report of
 *   examples/community-reading from its folder alone and read it (HTML and Chromium);
 * - `browser`: tests/browser/**\/*.test.ts, which build the site twice (at `/` and
 *   under `/sub/path/`) in a global setup and drive Debian's Chromium
 *   (`npm run test:browser`);
 * - `pdf`: tests/pdf/**, which read the PDF that `npm run pdf` makes in its
 *   global setup (Debian's Chromium, and pdftoppm from poppler-utils).
 * `npm test` runs all six.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/builds/**', 'tests/browser/**', 'tests/site-build/**', 'tests/example-report/**', 'tests/pdf/**', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'builds',
          include: ['tests/builds/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site-build/**/*.test.ts'],
          globalSetup: ['tests/site-build/globalSetup.ts'],
          // The HTML checker starts a JVM per run: seconds on a quiet machine, more when the other core is busy.
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'example',
          include: ['tests/example-report/**/*.test.ts'],
          globalSetup: ['tests/example-report/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // Each file launches its own Chromium; a few at a time is plenty.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'pdf',
          include: ['tests/pdf/**/*.test.ts'],
          globalSetup: ['tests/pdf/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
