import { DIST } from './browser';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

/**
 * Nothing leaves the workbook: the built pages may load Office.js from Microsoft's CDN and nothing else.
 * Runs after `webpack --mode production` (see `npm run test:e2e`).
 */
const dist = DIST;
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Where Office.js and the host scripts it loads come from (see the comment in src/taskpane/taskpane.html). */
const OFFICE_ORIGINS = ['https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com'];

// URLs that appear in bundled libraries as identifiers, never fetched: XML namespaces, spec links in
// comments that survive minification, React's error decoder (only a text in an error message).
const INERT = [
  /^https?:\/\/www\.w3\.org\//,
  /^https?:\/\/schemas\.openxmlformats\.org\//,
  /^https?:\/\/schemas\.microsoft\.com\/office\//,
  // Documentation links inside the error texts of libraries exceljs bundles (core-js, jszip, uuid,
  // elliptic, crypto-browserify): shown in a message at most, never requested. The CSP (connect-src
  // 'self') and the preview test's request log are what actually keep the pages offline.
  /^https:\/\/github\.com\/(zloirock\/core-js|exceljs\/exceljs|indutny\/elliptic|uuidjs\/uuid|crypto-browserify\/crypto-browserify)\b/,
  /^https:\/\/stuk\.github\.io\/jszip\/documentation\//,
  /^https?:\/\/purl\.org\//,
  /^https:\/\/reactjs\.org\/docs\/error-decoder/,
  /^https:\/\/react\.dev\/errors\//,
  /^https?:\/\/ns\.adobe\.com\//,
  /^http:\/\/localhost/,
];

function files(ext: string): string[] {
  return readdirSync(dist)
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dist, f));
}

describe('built bundle', () => {
  it('loads no script from anywhere but Office.js', () => {
    for (const html of files('.html')) {
      const text = readFileSync(html, 'utf8');
      // The production build minifies the HTML, which drops the quotes around attribute values.
      const scripts = [...text.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
      expect(scripts.filter((s) => s !== OFFICE_JS).length).toBeGreaterThan(0);
      for (const src of scripts) expect([OFFICE_JS, expect.stringMatching(/^[\w./-]+\.js$/)]).toContainEqual(src);
    }
  });

  it('has a Content-Security-Policy on every page that limits connections to itself', () => {
    for (const html of files('.html')) {
      const text = readFileSync(html, 'utf8');
      // The production build minifies the HTML, which drops quotes around single-word attribute values.
      const m = /http-equiv=["']?Content-Security-Policy["']?\s+content=(?:"([^"]+)"|'([^']+)')/i.exec(text);
      const csp = m?.[1] ?? m?.[2] ?? '';
      expect(csp).toMatch(/connect-src 'self'/);
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).not.toMatch(/connect-src[^;]*(https?:|\*)/);
      // Scripts: our own and Microsoft's Office.js origins only, no wildcard, no inline or eval.
      const scriptSrc = (/script-src ([^;]+)/.exec(csp)?.[1] ?? '').trim().split(/\s+/);
      expect(scriptSrc[0]).toBe("'self'");
      for (const source of scriptSrc.slice(1)) expect(OFFICE_ORIGINS).toContain(source);
      expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*'unsafe-inline'|script-src[^;]*\*/);
    }
  });

  it('lets the task pane load Office.js from every documented Office.js origin', () => {
    const text = readFileSync(join(dist, 'taskpane.html'), 'utf8');
    const m = /http-equiv=["']?Content-Security-Policy["']?\s+content=(?:"([^"]+)"|'([^']+)')/i.exec(text);
    const scriptSrc = (/script-src ([^;]+)/.exec(m?.[1] ?? m?.[2] ?? '')?.[1] ?? '').trim().split(/\s+/);
    expect(scriptSrc).toEqual(["'self'", ...OFFICE_ORIGINS]);
  });

  it('contains no foreign URL in the JavaScript except inert identifiers', () => {
    const foreign = new Set<string>();
    for (const js of files('.js')) {
      const text = readFileSync(js, 'utf8');
      for (const m of text.matchAll(/https?:\/\/[^\s"'`)\\<>]+/g)) {
        const url = m[0];
        if (!INERT.some((re) => re.test(url))) foreign.add(url);
      }
    }
    expect([...foreign].sort()).toEqual([]);
  });

  it('calls no network API in any script (our code is split into shared chunks, so all of them are checked)', () => {
    const scripts = files('.js');
    expect(scripts.map((f) => f.slice(dist.length + 1))).toEqual(
      expect.arrayContaining(['taskpane.js', 'functions.js', 'commands.js', 'preview.js']),
    );
    for (const js of scripts) {
      const text = readFileSync(js, 'utf8');
      expect(text).not.toMatch(/new WebSocket\(|navigator\.sendBeacon\(/);
    }
  });

  it('ships no command-line texts to the browser (they are a catalog of their own)', () => {
    for (const js of files('.js')) expect(readFileSync(js, 'utf8')).not.toContain('klantwaarde --help');
  });
});
