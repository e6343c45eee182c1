/** Debian's Chromium as the project drives it (no browser is downloaded): where it is, and how it starts on these machines. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The Chromium to drive: `CHROMIUM_PATH`, or Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Whether that Chromium is installed. */
export function hasChromium(): boolean {
  return existsSync(chromiumPath());
}

/** Starts it headless with the flags that work here (no sandbox as root, no background network). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
