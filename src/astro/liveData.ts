/**
 * `astro dev` follows the report's input files: Vite watches only its module
 * graph, and the response file, its description, the library order, the
 * questionnaire and the report's metadata are read with `fs`. On a save of one of them every open page
 * reloads; the report itself notices the change (src/report/liveReport.ts), so an
 * invalid file shows the validator's messages in the error overlay and the
 * next valid save recovers.
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';

/** The integration, watching `files` when the dev server starts. */
export function liveData(files: readonly string[]): AstroIntegration {
  return {
    name: 'live-data',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const watched = new Set(files.map((f) => resolve(f)));
        server.watcher.add([...watched]);
        const reload = (path: string) => {
          if (watched.has(resolve(path))) server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, reload);
      },
    },
  };
}
