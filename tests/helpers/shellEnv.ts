/** The environment a maintainer's shell gives a command, for the tests that run the project's scripts. */

/**
 * `process.env` without what the test runner adds: its MODE, BASE_URL, NODE_ENV…
 * change how Astro serves and builds (a BASE_URL of `/` would put every
 * edition's links at the site root).
 */
export function shellEnv(): NodeJS.ProcessEnv {
  const runner = /^(VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|FORCE_TTY)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !runner.test(k)));
}
