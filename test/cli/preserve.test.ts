import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { runCli } from './helpers';

/**
 * The output is a copy of the user's workbook plus our columns and sheets: every cell the user had
 * (values, formulas, types, other sheets, merges) reads back the same with a second reader.
 */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kw-keep-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function cells(sheet: XLSX.WorkSheet): Record<string, { t: string; v: unknown; f?: string }> {
  const out: Record<string, { t: string; v: unknown; f?: string }> = {};
  for (const [address, cell] of Object.entries(sheet)) {
    if (address.startsWith('!')) continue;
    const c = cell as XLSX.CellObject;
    out[address] = { t: c.t, v: c.v, ...(c.f ? { f: c.f } : {}) };
  }
  return out;
}

it("keeps every cell of the user's sheets, formulas and merges included", async () => {
  const book = XLSX.utils.book_new();
  const clients = XLSX.utils.aoa_to_sheet([
    ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking', 'Klant sinds'],
    ['Bakkerij De Vries B.V.', 42000, 3, 2, 3, 40544],
    ['=HYPERLINK("https://example.org","Huisartsenpraktijk Jansen")', 18000, 2, 3, 2, 43101],
    ['Kapsalon Smit', 3100, 1, 0, 2, 44927],
    ['Totaal', 63100, null, null, null, null],
  ]);
  // A total as a formula with its cached value, and dates as serials with a date format.
  clients.B5 = { t: 'n', v: 63100, f: 'SUM(B2:B4)' };
  for (const a of ['F2', 'F3', 'F4']) clients[a]!.z = 'dd-mm-yyyy';
  XLSX.utils.book_append_sheet(book, clients, 'Klanten');
  const notes = XLSX.utils.aoa_to_sheet([['Notities bij de jaarafsluiting'], ['Controle door', 'M. de Boer'], [null, 'samengevoegd']]);
  notes['!merges'] = [XLSX.utils.decode_range('B3:D3')];
  XLSX.utils.book_append_sheet(book, notes, 'Notities');
  const input = join(dir, 'k.xlsx');
  writeFileSync(input, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);

  const run = await runCli(['classify', input]);
  expect(run.code).toBe(0);
  // The totals row is recognised and skipped, and the client whose name looks like a formula is a client.
  expect(run.stderr).toContain('Let op: Totaalregel overgeslagen (rij 5); dat is geen klant.');

  const before = XLSX.read(readFileSync(input));
  const after = XLSX.read(readFileSync(join(dir, 'k.klantwaarde.xlsx')));
  expect(after.SheetNames.slice(0, 2)).toEqual(['Klanten', 'Notities']);
  expect(cells(after.Sheets.Notities!)).toEqual(cells(before.Sheets.Notities!));
  expect(after.Sheets.Notities!['!merges']?.map((m) => XLSX.utils.encode_range(m))).toEqual(['B3:D3']);
  const kept = Object.fromEntries(Object.entries(cells(after.Sheets.Klanten!)).filter(([a]) => XLSX.utils.decode_cell(a).c < 6));
  expect(kept).toEqual(cells(before.Sheets.Klanten!));
  // Our columns start right of the table; the totals row gets no results.
  expect(after.Sheets.Klanten!.G1!.v).toBe('Klantscore');
  expect(after.Sheets.Klanten!.G5).toBeUndefined();
  expect(after.Sheets.Klanten!.I5).toBeUndefined();
});
