import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import type { CellValue } from '../../src/engine';
import { createSession } from '../../src/workbook/pipeline';
import type { TableLocation } from '../../src/workbook/port';
import { SETTINGS_KEYS } from '../../src/workbook/results';
import { openWorkbook, workbookBytes, XlsxPort } from '../../src/workbook/xlsx';
import { zipEntry } from './helpers';

/** The .xlsx adapter on its own: what it finds, reads and writes in an exceljs workbook. */
const TODAY = () => new Date(2026, 0, 15);
const CLIENTS: CellValue[][] = [
  ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking'],
  ['Aalders', 400, 3, 2, 2],
  ['Bakker', 300, 2, 2, 1],
  ['Claes', 200, 1, 1, 1],
  ['De Vries', 100, 0, 0, 1],
];
const MODEL = {
  version: 1 as const, name: 'Matrix', scaleMax: 3, revenue: 'Omzet', missing: 'unclassified' as const, rules: [],
  criteria: [
    { name: 'Omzet', column: 'Omzet', weight: 5, scoring: { type: 'quantiles' as const, direction: 'higher' as const } },
    { name: 'Portfolio', column: 'Portfolio', weight: 2, scoring: { type: 'direct' as const } },
    { name: 'Netwerk', column: 'Netwerk', weight: 3, scoring: { type: 'direct' as const } },
    { name: 'Samenwerking', column: 'Samenwerking', weight: 1, scoring: { type: 'direct' as const } },
  ],
  classification: { method: 'score' as const, thresholds: [0.7, 0.45, 0.2], labels: ['A', 'B', 'C', 'D'] },
};

function sheetWith(rows: CellValue[][], at = 'A1'): { wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet } {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Klanten');
  const origin = ws.getCell(at);
  rows.forEach((row, r) => row.forEach((v, c) => { if (v !== null) ws.getCell(Number(origin.row) + r, Number(origin.col) + c).value = v as ExcelJS.CellValue; }));
  return { wb, ws };
}

function tableWorkbook(rows: CellValue[][], options: { totalsRow?: boolean; name?: string } = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Klanten');
  ws.addTable({
    name: options.name ?? 'Klanten', ref: 'A1', headerRow: true, totalsRow: options.totalsRow ?? false,
    columns: (rows[0] as string[]).map((name, i) => ({ name, filterButton: true, ...(i === 1 && options.totalsRow ? { totalsRowFunction: 'sum' as const } : {}) })),
    rows: rows.slice(1),
  });
  return wb;
}

/** Saves and re-opens, as the CLI does between runs. */
async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return openWorkbook(await workbookBytes(wb));
}

const located = (l: TableLocation) => { if (!l.ok) throw new Error(l.error.code); return l.table; };

describe('XlsxPort.locateTable', () => {
  it('takes the sheet\'s first Excel table, without its totals row', async () => {
    const wb = await roundTrip(tableWorkbook(CLIENTS, { totalsRow: true }));
    const table = located((await new XlsxPort(wb, 'Klanten').locateTable()).location);
    expect(table).toMatchObject({ tableName: 'Klanten', range: { sheet: 'Klanten', row: 0, column: 0, rowCount: 5, columnCount: 5 } });
    expect(table.header).toEqual(CLIENTS[0]);
  });

  it('else takes the region around A1, as Excel\'s current region (diagonal neighbours count)', async () => {
    const { wb, ws } = sheetWith(CLIENTS);
    ws.getCell('F6').value = 'diagonal';
    ws.getCell('H1').value = 'apart';
    const table = located((await new XlsxPort(wb, 'Klanten').locateTable()).location);
    expect(table.range).toEqual({ sheet: 'Klanten', row: 0, column: 0, rowCount: 6, columnCount: 6 });
  });

  it('reports a sheet whose A1 is empty', async () => {
    const { wb } = sheetWith(CLIENTS, 'B3');
    expect((await new XlsxPort(wb, 'Klanten').locateTable()).location).toEqual({ ok: false, error: { code: 'xlsx.noTable', params: { sheet: 'Klanten' } } });
  });
});

describe('XlsxPort.readTable', () => {
  it('reads cells as Excel shows them: cached formula results (also 0), rich text, links, errors, merges, hidden rows', async () => {
    const { wb, ws } = sheetWith(CLIENTS);
    ws.getCell('B2').value = { formula: 'B3+100', result: 400 };
    ws.getCell('C3').value = { formula: 'C4*0', result: 0 };
    ws.getCell('A4').value = { richText: [{ text: 'Cl' }, { font: { bold: true }, text: 'aes' }] };
    ws.getCell('A5').value = { text: 'De Vries', hyperlink: 'https://example.org' };
    ws.getCell('D5').value = { error: '#N/A' };
    ws.mergeCells('E4:E5');
    ws.getCell('B3').numFmt = '€ #,##0';
    ws.getRow(4).hidden = true;
    const wb2 = await roundTrip(wb);
    const port = new XlsxPort(wb2, 'Klanten');
    const table = located((await port.locateTable()).location);
    const content = await port.readTable({ range: table.range });
    expect(content.rows.map((r) => r.slice(0, 5))).toEqual([
      ['Aalders', 400, 3, 2, 2],
      ['Bakker', 300, 0, 2, 1],
      ['Claes', 200, 1, 1, 1],
      ['De Vries', 100, 0, { error: '#N/A' }, null],
    ]);
    expect(content.numberFormats[1]![1]).toBe('€ #,##0');
    expect(content.hiddenRows).toEqual([2]);
  });
});

describe('XlsxPort.write through the pipeline', () => {
  it('widens an Excel table with our columns and keeps header names unique, in the cells and in the table', async () => {
    // The user's table already has a column named "Klasse".
    const rows = CLIENTS.map((r, i) => [...r, i === 0 ? 'Klasse' : 'x']);
    const wb = await roundTrip(tableWorkbook(rows));
    const outcome = await createSession(new XlsxPort(wb, 'Klanten'), 'nl', { now: TODAY }).classify(MODEL);
    expect(outcome.resultAddress).toBe('Klanten!G1:N5');
    const bytes = Buffer.from(await workbookBytes(wb));
    const header = XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(bytes).Sheets.Klanten!, { header: 1 })[0];
    expect(header).toEqual(['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking', 'Klasse', 'Klantscore', 'Score %', 'Klasse (Klantwaarde)', 'Rang', 'Omzetaandeel', 'Toelichting', 'Aanpak', 'Signalen']);
    const xml = zipEntry(bytes, 'xl/tables/table1.xml')!;
    expect(xml).toContain(' ref="A1:N5"');
    // The pipeline chooses a free name itself instead of relying on the writer's (or Excel's) renaming.
    expect(xml).toContain('name="Klasse (Klantwaarde)"');
    expect(outcome.warnings).toContainEqual({ code: 'workbook.headerRenamed', params: { table: expect.any(String), header: 'Klasse', chosen: 'Klasse (Klantwaarde)' } });
    expect(xml).not.toContain('hiddenButton="1"');
  });

  it('writes numbers as numbers with formats, classes with a fill, and text never as a formula', async () => {
    const rows = CLIENTS.map((r) => [...r]);
    rows[1]![0] = '=HYPERLINK("https://example.org","Aalders")';
    const { wb } = sheetWith(rows);
    await createSession(new XlsxPort(wb, 'Klanten'), 'nl', { now: TODAY }).classify(MODEL);
    const book = XLSX.read(Buffer.from(await workbookBytes(wb)), { cellNF: true, cellStyles: true });
    const ws = book.Sheets.Klanten!;
    expect(ws.A2).toMatchObject({ t: 's', v: '=HYPERLINK("https://example.org","Aalders")' });
    expect(ws.A2!.f).toBeUndefined();
    expect(ws.F2).toMatchObject({ t: 'n', v: 29 });
    expect(ws.G2).toMatchObject({ t: 'n', z: '0.0%' });
    expect(ws.G2!.v as number).toBeCloseTo(29 / 33, 12);
    expect(ws.H2).toMatchObject({ t: 's', v: 'A' });
    expect((ws.H2!.s as { fgColor?: { rgb?: string } }).fgColor?.rgb).toMatch(/^[0-9A-F]{6}$/);
    expect(ws.H5!.s).not.toEqual(ws.H2!.s);
  });

  it('keeps the settings in a hidden sheet, also values longer than a cell can hold', async () => {
    const { wb } = sheetWith(CLIENTS);
    const port = new XlsxPort(wb, 'Klanten');
    const long = 'x'.repeat(70_000);
    await port.write({ settings: { [SETTINGS_KEYS.model]: long, [SETTINGS_KEYS.results]: '{}' } });
    const reopened = await roundTrip(wb);
    expect((await new XlsxPort(reopened, 'Klanten').readSettings()).settings).toEqual({ [SETTINGS_KEYS.model]: long, [SETTINGS_KEYS.results]: '{}' });
    expect(reopened.worksheets.map((s) => [s.name, s.state])).toEqual([['Klanten', 'visible'], ['KlantwaardeInstellingen', 'hidden']]);
    await new XlsxPort(reopened, 'Klanten').write({ settings: { [SETTINGS_KEYS.model]: null, [SETTINGS_KEYS.results]: null } });
    expect(reopened.worksheets.map((s) => s.name)).toEqual(['Klanten']);
  });

  it('refuses to insert sheet columns (exceljs would leave formulas pointing at the wrong cells)', async () => {
    const { wb, ws } = sheetWith(CLIENTS);
    ws.getCell('G3').value = 'notitie';
    const session = createSession(new XlsxPort(wb, 'Klanten'), 'nl', { now: TODAY });
    await expect(session.classify(MODEL, { insertColumns: true })).rejects.toMatchObject({ detail: { code: 'workbook.writeFailed' } });
    expect(ws.getCell('G3').value).toBe('notitie');
  });

  it.each([
    ['a plain region', () => sheetWith(CLIENTS).wb, undefined],
    ['an Excel table', () => tableWorkbook(CLIENTS), ' ref="A1:E5"'],
  ])('removes exactly what it wrote from %s, after a save and a re-open', async (_what, make, tableRef) => {
    const original = await roundTrip(make());
    const before = XLSX.utils.sheet_to_json(XLSX.read(Buffer.from(await workbookBytes(original))).Sheets.Klanten!, { header: 1 });
    await createSession(new XlsxPort(original, 'Klanten'), 'nl', { now: TODAY }).classify(MODEL);
    const classified = await roundTrip(original);
    const removed = await createSession(new XlsxPort(classified, 'Klanten'), 'nl', { now: TODAY }).removeResults();
    expect(removed).toMatchObject({ removedColumns: 8, removedReport: true });
    const bytes = Buffer.from(await workbookBytes(classified));
    const book = XLSX.read(bytes);
    expect(XLSX.utils.sheet_to_json(book.Sheets.Klanten!, { header: 1 })).toEqual(before);
    // The model stays saved (in the hidden sheet); the report is gone.
    expect(book.SheetNames).toEqual(['Klanten', 'KlantwaardeInstellingen']);
    const table = zipEntry(bytes, 'xl/tables/table1.xml');
    if (tableRef === undefined) expect(table).toBeUndefined();
    else expect(table).toContain(tableRef);
  });
});
