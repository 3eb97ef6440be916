import { DIST } from './browser';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { CHART_NAME } from '../../src/workbook/report';

/**
 * The production build as `npm run test:e2e` makes it: `webpack --mode production --env addinUrl=…`
 * (the same as `ADDIN_URL=… npm run build`, without shell-specific syntax).
 * Checks what Excel will load: a manifest whose every URL is on ADDIN_URL and names a file that exists
 * in dist/, and functions metadata that lets error cells reach the functions (allowErrorForDataTypeAny).
 */
const dist = DIST;
/** Must equal addinUrl in package.json's test:e2e script. */
const ADDIN_URL = 'https://klantwaarde.example/addin';

const manifest = readFileSync(join(dist, 'manifest.xml'), 'utf8');
const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);

describe('production build (dist/)', () => {
  it('has a manifest whose every URL points at ADDIN_URL, with no localhost anywhere', () => {
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !u.startsWith(`${ADDIN_URL}/`))).toEqual([]);
    expect(manifest).not.toMatch(/localhost/i);
  });

  it('contains every file the manifest names', () => {
    const files = [...new Set(urls.map((u) => u.slice(ADDIN_URL.length + 1)))];
    expect(files).toEqual(
      expect.arrayContaining(['taskpane.html', 'functions.js', 'functions.json', 'functions.en.json', 'assets/icon-80.png']),
    );
    expect(files.filter((f) => !existsSync(join(dist, f)))).toEqual([]);
  });

  it.each(['functions.json', 'functions.en.json'])(
    '%s lets error inputs reach the functions (top-level allowErrorForDataTypeAny)',
    (file) => {
      const metadata = JSON.parse(readFileSync(join(dist, file), 'utf8')) as {
        allowErrorForDataTypeAny?: unknown;
        functions: { id: string; parameters: { type?: string }[] }[];
      };
      expect(metadata.allowErrorForDataTypeAny).toBe(true);
      expect(metadata.functions.map((f) => f.id)).toContain('ABCKLASSE');
      // Excel passes errors only to parameters of type "any".
      for (const f of metadata.functions) for (const p of f.parameters) expect(p.type).toBe('any');
    },
  );

  it('serves English function names in functions.en.json and Dutch in functions.json', () => {
    const names = (file: string) =>
      (JSON.parse(readFileSync(join(dist, file), 'utf8')) as { functions: { name: string }[] }).functions.map((f) => f.name);
    expect(names('functions.json')).toContain('ABCKLASSE');
    expect(names('functions.en.json')).toContain('ABCCLASS');
  });
});

/** Our scripts taskpane.html loads at start, in order (the minified HTML drops the quotes around src). */
function initialScripts(): string[] {
  const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
  const sources = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
  return sources.filter((src) => !/^https?:/.test(src));
}

/**
 * The task pane page's first load leaves out what only writes results (src/workbook/onDemand.ts) and the
 * English texts (src/i18n/catalog.ts, loadLanguage): each
 * marker is a string that survives minification and is written by exactly one part of the write half.
 */
describe('what the task pane page loads first (taskpane.html)', () => {
  const initial = initialScripts();
  const onDemand = readdirSync(dist).filter((f) => f.endsWith('.js') && !initial.includes(f));
  const holding = (files: readonly string[], marker: string) => files.filter((f) => readFileSync(join(dist, f), 'utf8').includes(marker));

  it("loads the runtime, the three entries and their shared chunks, with the Excel adapter's read code once", () => {
    expect(initial).toEqual(expect.arrayContaining(['runtime.js', 'functions.js', 'commands.js', 'taskpane.js']));
    // The Excel adapter's locate step: needed before any click (the pane finds the table under the
    // selection), shared by taskpane.js and commands.js, and small enough that splitChunks would copy it into both.
    expect(holding(initial, 'getSurroundingRegion')).toHaveLength(1);
  });

  it.each([
    ['the report sheet and its Pareto chart (report.ts)', CHART_NAME],
    ['the agenda file (engine calendar.ts)', 'BEGIN:VCALENDAR'],
    ["the Excel adapter's write requests (excel/applyPlan.ts)", 'suspendScreenUpdatingUntilNextSync'],
    ['the English texts (i18n/en)', 'Criteria and weights'],
  ])('leaves %s to a chunk loaded on demand, under a content-hashed name', (_, marker) => {
    expect(holding(initial, marker)).toEqual([]);
    const chunks = holding(onDemand, marker).filter((f) => f !== 'preview.js');
    expect(chunks).toHaveLength(1);
    // A pane open during an update of the add-in asks for a name the new build does not have: "not found", not a misfit.
    expect(chunks[0]).toMatch(/^[\w-]+\.[0-9a-f]{8}\.js$/);
  });
});
