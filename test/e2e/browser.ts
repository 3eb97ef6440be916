import { existsSync } from 'fs';
import { join } from 'path';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium (never a downloaded browser); CHROMIUM_PATH points elsewhere when needed. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless chromium for the browser tests, after checking what they need: the production build in
 * `dist` and the browser itself. A missing prerequisite fails loudly; the tests never pass by not running.
 */
export async function launchChromium(dist: string): Promise<Browser> {
  if (!existsSync(join(dist, 'preview.html'))) throw new Error(`no build in ${dist}: run \`npm run test:e2e\` (it builds first)`);
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: CHROMIUM,
    // No network beyond our own server: no background services, updates or sync.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
