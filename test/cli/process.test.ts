import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { classifyTable, parseModelJson, type CellValue } from '../../src/engine';
import { sha256 } from './helpers';

/**
 * The installed command as a user runs it: `node bin/klantwaarde.js`, which loads the compiled
 * lib/cli/main.js. The build runs first when lib/ is missing or older than the sources.
 */
const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'klantwaarde.js');
const COMPILED = join(ROOT, 'lib', 'cli', 'main.js');
const SOURCES = ['src/cli', 'src/engine', 'src/i18n', 'src/workbook'];

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'excel') newest = Math.max(newest, newestSource(full));
    } else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function klantwaarde(args: string[], env: Record<string, string> = {}) {
  // A neutral locale, so the default language is what the test says, not the machine's.
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;

beforeAll(() => {
  const stale = !existsSync(COMPILED) || statSync(COMPILED).mtimeMs < Math.max(...SOURCES.map((s) => newestSource(join(ROOT, s))));
  if (stale) {
    // tsc also emits when another part of the tree has a type error; that is for `npm run lint` to report.
    spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build:cli'], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  }
  expect(existsSync(COMPILED)).toBe(true);
}, 200_000);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kw-bin-'));
  copyFileSync(join(ROOT, 'examples', 'klanten.xlsx'), join(dir, 'klanten.xlsx'));
  copyFileSync(join(ROOT, 'examples', 'model.json'), join(dir, 'model.json'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it("classifies the example workbook as a child process: exit 0, summary on stdout, the engine's classes in the file", () => {
  const before = sha256(join(dir, 'klanten.xlsx'));
  const run = klantwaarde(['classify', 'klanten.xlsx', '--model', 'model.json']);
  expect(run.stderr).toContain('Resultaten geschreven naar klanten.klantwaarde.xlsx');
  expect(run.status).toBe(0);
  expect(run.stdout.split('\n')[0]).toMatch(/^Klasse\s+Klanten\s+% klanten/);
  expect(sha256(join(dir, 'klanten.xlsx'))).toBe(before);

  const read = (file: string) =>
    XLSX.utils.sheet_to_json<CellValue[]>(XLSX.read(readFileSync(join(dir, file))).Sheets.Klanten!, {
      header: 1,
      defval: null,
      blankrows: true,
    });
  const input = read('klanten.xlsx');
  const model = parseModelJson(readFileSync(join(dir, 'model.json'), 'utf8'));
  if (!model.ok) throw new Error('example model invalid');
  const expected = classifyTable(input[0]!, input.slice(1), model.model);
  if (!expected.ok) throw new Error(expected.error.code);
  const labels = expected.run.model.classification.labels;
  const output = read('klanten.klantwaarde.xlsx');
  const classColumn = output[0]!.indexOf('Klasse');
  expect(classColumn).toBe(11);
  const written = output.slice(1).map((r) => r[classColumn] ?? null);
  const engine = Array.from(expected.run.classIndex, (k) => (k >= 0 ? labels[k]! : null));
  expect(written).toEqual(engine);
});

it('passes the exit code of a failure to the shell, with the message on stderr', () => {
  const missing = klantwaarde(['classify', 'weg.xlsx']);
  expect(missing.status).toBe(3);
  expect(missing.stderr).toBe('Bestand niet gevonden: weg.xlsx.\n');
  const exists = klantwaarde(['classify', 'klanten.xlsx', '--out', 'klanten.xlsx', '--force']);
  expect(exists.status).toBe(6);
  const usage = klantwaarde([]);
  expect(usage.status).toBe(2);
});

it('prints help and version, in English when LANG says so', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const version = klantwaarde(['--version']);
  expect(version).toEqual({ status: 0, stdout: `klantwaarde ${pkg.version}\n`, stderr: '' });
  const nl = klantwaarde(['--help']);
  expect(nl.status).toBe(0);
  expect(nl.stdout).toContain('klantwaarde classify <invoer.xlsx> [opties]');
  const en = klantwaarde(['--help'], { LANG: 'en_US.UTF-8' });
  expect(en.stdout).toContain('klantwaarde classify <input.xlsx> [options]');
});
