import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { runCli, zipEntry } from './helpers';
import { buildXlsx, type Cell } from './ooxml';

/**
 * The output opens in an independent spreadsheet program: LibreOffice (headless, with its own
 * profile in a temp folder) converts it, and what it reads matches what a second reader (SheetJS)
 * reads from our file. LibreOffice is installed by .ci/run beside Chromium.
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kw-lo-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function soffice(file: string, to: string): string {
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', to, '--outdir', dir, file],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return join(
    dir,
    file
      .split('/')
      .pop()!
      .replace(/\.xlsx$/, `.${to.split(':')[0]}`),
  );
}

const CLIENTS: Cell[][] = [
  ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking'],
  ['Aalders', 45000.123456789, 3, 2, 2],
  ['Bakker & Zn', 30000, 2, 2, 1],
  ['Claes', 20000, 1, 1, 1],
  ['De Vries', 10000, 0, 0, 1],
];

it('LibreOffice opens the classified workbook and reads the same cells, sheets and settings as SheetJS', async () => {
  const input = join(dir, 'klanten.xlsx');
  writeFileSync(
    input,
    buildXlsx({
      sheets: [
        {
          name: 'Klanten',
          rows: CLIENTS,
          tables: [{ name: 'Klanten', ref: 'A1:E5' }],
          validations: [{ sqref: 'C2:E5', list: '"0,1,2,3"' }],
        },
        { name: 'Notities', rows: [['x']], protection: 'libreoffice' },
      ],
      names: [{ name: 'BTW', value: '0.21' }],
    }),
  );
  const run = await runCli(['classify', input]);
  expect(run.code).toBe(0);
  const output = join(dir, 'klanten.klantwaarde.xlsx');
  const ours = XLSX.read(readFileSync(output));

  const odsBytes = readFileSync(soffice(output, 'ods'));
  const ods = XLSX.read(odsBytes);
  // The native Pareto chart came through as a chart object: group shares as bars, the cumulative share as a line.
  const chart = zipEntry(odsBytes, 'Object 1/content.xml') ?? '';
  expect(chart).toMatch(/<chart:series [^>]*chart:class="chart:bar"/);
  expect(chart).toMatch(/<chart:series [^>]*chart:class="chart:line"/);
  expect(ods.SheetNames).toEqual(ours.SheetNames);
  expect(ods.SheetNames).toEqual(['Klanten', 'Notities', 'Klantanalyse 2025', 'KlantwaardeInstellingen']);
  // LibreOffice's ODS writer keeps 15 significant digits (as Excel shows them), so numbers compare at that precision.
  const digits15 = (v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(15)) : v);
  const grid = (book: XLSX.WorkBook, sheet: string) =>
    XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[sheet]!, { header: 1, raw: true }).map((r) => r.map(digits15));
  const klanten = grid(ods, 'Klanten');
  expect(klanten).toEqual(grid(ours, 'Klanten'));
  expect(klanten[0]).toEqual([
    'Klant',
    'Omzet',
    'Portfolio',
    'Netwerk',
    'Samenwerking',
    'Klantscore',
    'Score %',
    'Klasse',
    'Rang',
    'Omzetaandeel',
    'Toelichting',
    'Aanpak',
    'Signalen',
  ]);
  expect(klanten[1]![1]).toBe(45000.123456789);
  expect(klanten.slice(1).map((r) => r[7])).toEqual(['A', 'B', 'C', 'D']);
  // The saved model is on the settings sheet, as written.
  expect(grid(ods, 'KlantwaardeInstellingen')).toEqual(grid(ours, 'KlantwaardeInstellingen'));
  expect(grid(ods, 'Klantanalyse 2025')[0]).toEqual(['Klantanalyse 2025']);
}, 180_000);
