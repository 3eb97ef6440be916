/**
 * The benchmark's --json output is a contract for scripts that track the numbers over time.
 * This runs the real benchmark at a tiny size and checks the shape — not the timings.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const SIZE = 100;

type Json = Record<string, unknown>;

let report: Json;
let stdout: string;

beforeAll(() => {
  // Through npm, exactly as documented: npm's own banner must not reach stdout either (.npmrc json=true).
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  stdout = execFileSync(npm, ['run', 'bench', '--', '--json', '--sizes', String(SIZE)], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'], // progress and npm's banner go to stderr and must not reach stdout
    shell: process.platform === 'win32',
    maxBuffer: 64 * 2 ** 20,
  });
  report = JSON.parse(stdout) as Json;
}, 180_000);

const rowsOf = (key: string) => report[key] as Json[];
const isNumberOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));

test('stdout holds exactly one JSON object and nothing else', () => {
  expect(stdout.trim().split('\n')).toHaveLength(1);
  expect(typeof report).toBe('object');
  for (const key of ['engine', 'endToEnd', 'excel', 'peer', 'functions', 'cli', 'bundles']) expect(Array.isArray(report[key])).toBe(true);
  expect(report.mode).toBe('custom');
});

test('engine: one row per method at the requested size, with the stable fields', () => {
  const engine = rowsOf('engine');
  expect(engine.map((r) => r.method).sort()).toEqual(['computed', 'pareto', 'rank', 'score']);
  for (const row of engine) {
    expect(row.clients).toBe(SIZE);
    expect(isNumberOrNull(row.ms)).toBe(true);
    expect(isNumberOrNull(row.heapMB)).toBe(true);
    // A method that ran classified every generated client (the data has no gaps), so the class
    // counts add up to the size; a method that could not run says why instead.
    if (row.ms === null) expect(String(row.note)).toMatch(/^n\/a/);
    else {
      const classes = row.classes as Record<string, number>;
      expect(Object.values(classes).reduce((a, b) => a + b, 0)).toBe(SIZE);
      expect(classes.unclassified).toBe(0);
      expect(row.heapMB as number).toBeGreaterThan(0);
    }
  }
});

test('excel: a row per size with syncs, request bytes and cells per read (numbers, or null with a note)', () => {
  const excel = rowsOf('excel');
  expect(excel.map((r) => r.rows)).toEqual([SIZE]);
  for (const row of excel) {
    for (const key of ['syncs', 'maxRequestBytes', 'maxCellsPerRead']) {
      expect(row).toHaveProperty(key);
      expect(isNumberOrNull(row[key])).toBe(true);
    }
    if (row.syncs === null) expect(typeof row.note).toBe('string');
    else {
      // The one-click run went through the fake: at least one round trip, every client classified.
      expect(row.syncs as number).toBeGreaterThanOrEqual(1);
      expect(row.classified).toBe(SIZE);
    }
  }
});

test('peer: the formula sheet gives the same classes as the engine', () => {
  const peer = rowsOf('peer');
  expect(peer.map((r) => r.rows)).toEqual([SIZE]);
  const [row] = peer;
  // Cold and warm on both sides: the first evaluation against our first click, and warm against warm.
  for (const key of ['oursMs', 'oursColdMs', 'formulasMs', 'formulasWarmMs', 'ratio', 'warmRatio']) expect(typeof row![key]).toBe('number');
  expect(row!.sameClasses).toBe(true);
  expect(row!.differences).toBe(0);
});

test('end to end: read + classify + explanations + insight, cold and warm, at the requested size', () => {
  const rows = rowsOf('endToEnd');
  expect(rows.map((r) => r.clients)).toEqual([SIZE]);
  const [row] = rows;
  for (const key of ['coldMs', 'warmMs', 'readMs', 'classifyMs', 'explainMs', 'insightMs']) {
    expect(typeof row![key]).toBe('number');
    expect(row![key] as number).toBeGreaterThanOrEqual(0);
  }
  expect(row!.reps as number).toBeGreaterThanOrEqual(1);
});

test('bundles: name, bytes and gzip bytes per script and page, or none with a note saying why', () => {
  const bundles = rowsOf('bundles');
  if (bundles.length === 0) expect(String(report.bundlesNote)).toMatch(/npm run build/);
  for (const b of bundles) {
    expect(typeof b.name).toBe('string');
    expect(b.bytes as number).toBeGreaterThan(0);
    expect(b.gzipBytes as number).toBeGreaterThan(0);
    expect(b.gzipBytes as number).toBeLessThan(b.bytes as number);
  }
  if (bundles.length > 0) expect(bundles.map((b) => b.name)).toEqual(expect.arrayContaining(['page taskpane.html', 'taskpane.js']));
});

test('functions: KLANTSCORE and ABCKLASSE rows with a time per call (agreeing with the engine) or a reason', () => {
  const functions = rowsOf('functions');
  expect(functions.slice(0, 2).map((r) => r.name)).toEqual(['KLANTSCORE', 'ABCKLASSE']);
  for (const row of functions) {
    expect(row.rows).toBe(SIZE);
    expect(isNumberOrNull(row.usPerCall)).toBe(true);
    if (row.usPerCall === null) expect(typeof row.note).toBe('string');
    // A function that ran was checked cell by cell against the engine on the same clients.
    else expect(row.matchesEngine).toBe(true);
  }
});

test("cli: the command line on an .xlsx of that size, with its time, peak memory and the engine's classes", () => {
  const cli = rowsOf('cli');
  expect(cli.map((r) => r.rows)).toEqual([SIZE]);
  const [row] = cli;
  expect(typeof row!.ms).toBe('number');
  expect(row!.rssMB as number).toBeGreaterThan(0);
  // The CLI's classes, read from its own summary, equal the engine's on the same clients.
  expect(row!.sameClassesAsEngine).toBe(true);
  expect(Object.values(row!.classes as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(SIZE);
});
