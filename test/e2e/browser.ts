import { existsSync } from 'fs';
import { join } from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveDist } from './staticServer';

/** Debian's chromium (never a downloaded browser); CHROMIUM_PATH points elsewhere when needed. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless chromium for the browser tests, after checking what they need: the production build in
 * `dist` and the browser itself. A missing prerequisite fails loudly; the tests never pass by not running.
 */
async function launchChromium(dist: string): Promise<Browser> {
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

/** The production build the browser tests drive. */
export const DIST = join(__dirname, '..', '..', 'dist');

/** What a browser test file drives: Chromium and the URL dist/ is served at. Valid inside hooks and tests. */
export interface DistBrowser {
  readonly browser: Browser;
  readonly url: string;
}

/**
 * Called at a test file's top level: serves dist/ and launches Chromium before the file's tests (hooks
 * registered after this call already see both), and closes both after them.
 */
export function chromiumOnDist(): DistBrowser {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  beforeAll(async () => {
    server = await serveDist(DIST);
    browser = await launchChromium(DIST);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not running: use it inside a hook or test');
      return browser;
    },
    get url() {
      if (!server) throw new Error('dist/ is not served: use it inside a hook or test');
      return server.url;
    },
  };
}

/** A page at the task pane's size with what a test checks afterwards: uncaught page errors, and the URLs requested that match `watch`. */
export interface WatchedPage {
  readonly page: Page;
  readonly errors: string[];
  readonly requests: string[];
}

export async function watchedPage(browser: Browser, watch: RegExp): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport: { width: 340, height: 640 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (watch.test(r.url())) requests.push(r.url());
  });
  return { page, errors, requests };
}
