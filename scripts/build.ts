/**
 * `npm run build`: checks the report's inputs, builds the site and replaces
 * `dist/` only when everything succeeded; the work is in ./buildReport.ts.
 */
import { enableCompileCache } from 'node:module';

// As Astro's own CLI does: Node's compile cache (os.tmpdir()/node-compile-cache,
// keyed by content) keeps each module's stripped types and compiled code between
// runs, about 0.5 s of a build's start here. It must be on before the modules
// load, hence the dynamic import.
enableCompileCache();
await import('./buildReport.ts');
