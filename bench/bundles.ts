/**
 * Sizes of the built browser bundles (dist/, from `npm run build` or `webpack --mode production`):
 * every script, and per page the sum of the scripts it loads, raw and gzip-compressed (zlib's default
 * level, what a web server typically sends). Measured, never built here: a build takes minutes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleRow {
  /** A script file (`taskpane.js`) or a page (`page taskpane.html`: every script it loads). */
  readonly name: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface BundleSizes {
  readonly bundles: BundleRow[];
  readonly note?: string;
}

const DIST = path.join(__dirname, '..', 'dist');

/** Our own scripts a page loads (Office.js from Microsoft's CDN is not ours and not counted). */
function pageScripts(html: string): string[] {
  const sources = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
  return sources.filter((s) => !/^https?:/.test(s));
}

export function measureBundles(dist = DIST): BundleSizes {
  if (!existsSync(path.join(dist, 'taskpane.html'))) {
    return { bundles: [], note: 'no production build in dist/: run `npm run build` first to include bundle sizes' };
  }
  const sizes = new Map<string, BundleRow>();
  for (const file of readdirSync(dist)
    .filter((f) => f.endsWith('.js'))
    .sort()) {
    const bytes = readFileSync(path.join(dist, file));
    sizes.set(file, { name: file, bytes: bytes.length, gzipBytes: gzipSync(bytes).length });
  }
  const pages = readdirSync(dist)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((page): BundleRow => {
      const scripts = pageScripts(readFileSync(path.join(dist, page), 'utf8'));
      const rows = scripts.map((s) => sizes.get(s));
      if (rows.some((r) => r === undefined)) throw new Error(`${page} loads a script that is not in dist/: ${scripts.join(', ')}`);
      const sum = (key: 'bytes' | 'gzipBytes') => rows.reduce((total, r) => total + r![key], 0);
      return { name: `page ${page}`, bytes: sum('bytes'), gzipBytes: sum('gzipBytes') };
    });
  const builtAt = statSync(path.join(dist, 'taskpane.html')).mtime.toISOString();
  return { bundles: [...pages, ...englishPage(pages, sizes), ...sizes.values()], note: `build of ${builtAt}` };
}

/**
 * The pane page as English Office loads it: its scripts plus the English texts, which the page fetches
 * before its first paint (src/i18n/catalog.ts, loadLanguage). Dutch Office never fetches them.
 */
function englishPage(pages: readonly BundleRow[], sizes: ReadonlyMap<string, BundleRow>): BundleRow[] {
  const pane = pages.find((p) => p.name === 'page taskpane.html');
  const english = [...sizes.values()].find((r) => /^lang-en\.[0-9a-f]+\.js$/.test(r.name));
  if (!pane || !english) return [];
  return [{ name: `${pane.name} (English Office)`, bytes: pane.bytes + english.bytes, gzipBytes: pane.gzipBytes + english.gzipBytes }];
}
