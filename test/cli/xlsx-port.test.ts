import * as XLSX from 'xlsx';
import { createSession } from '../../src/workbook/createSession';
import type { TableLocation } from '../../src/workbook/port';
import { SETTINGS_KEYS } from '../../src/workbook/results';
import { XlsxPackage, XlsxPort } from '../../src/workbook/xlsx';
import { zipEntry } from './helpers';
import { CLIENTS, MODEL } from './fixtures';
import { buildXlsx, STYLE, type Cell, type SheetSpec } from './ooxml';

/** The .xlsx adapter on its own: what it finds, reads and writes in a package. */
const TODAY = () => new Date(2026, 0, 15);

const book = (sheet: Partial<SheetSpec>, more: SheetSpec[] = []) =>
  buildXlsx({ sheets: [{ name: 'Klanten', rows: CLIENTS, ...sheet }, ...more] });
const port = (bytes: Uint8Array, sheet = 'Klanten') => new XlsxPort(new XlsxPackage(bytes), sheet);
const located = (l: TableLocation) => {
  if (!l.ok) throw new Error(l.error.code);
  return l.table;
};
const classify = async (p: XlsxPort) => createSession(p, 'nl', { now: TODAY }).classify(MODEL);
const rowsOf = (bytes: Uint8Array, sheet = 'Klanten') =>
  XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(bytes).Sheets[sheet]!, { header: 1 });

describe('XlsxPort.locateTable', () => {
  it("takes the sheet's first Excel table, without its totals row, reading a table without headerRowCount as having a header", async () => {
    const rows = [...CLIENTS, ['Totaal', { f: 'SUBTOTAL(109,B2:B5)', v: 1000 }, null, null, null]];
    const table = located(
      (await port(book({ rows, tables: [{ name: 'Klanten', ref: 'A1:E6', totalsRowCount: 1 }] })).locateTable()).location,
    );
    expect(table).toMatchObject({ tableName: 'Klanten', range: { sheet: 'Klanten', row: 0, column: 0, rowCount: 5, columnCount: 5 } });
    expect(table.header).toEqual(CLIENTS[0]);
  });

  it('says a table whose headerRowCount is 0 has no header row', async () => {
    const location = (
      await port(book({ rows: CLIENTS.slice(1), tables: [{ name: 'Kaal', ref: 'A1:E4', headerRowCount: 0 }] })).locateTable()
    ).location;
    expect(location).toMatchObject({ ok: false, error: { code: 'workbook.tableNoHeaders' } });
  });

  it("else takes the region around A1, as Excel's current region (diagonal neighbours count)", async () => {
    const rows: Cell[][] = CLIENTS.map((r) => [...r]);
    rows.push([null, null, null, null, null, 'diagonal']);
    rows[0] = [...rows[0]!, null, null, 'apart'];
    const table = located((await port(book({ rows })).locateTable()).location);
    expect(table.range).toEqual({ sheet: 'Klanten', row: 0, column: 0, rowCount: 6, columnCount: 6 });
  });

  it('reports a sheet whose A1 is empty', async () => {
    const rows: Cell[][] = [[], [], ...CLIENTS.map((r) => [null, ...r])];
    expect((await port(book({ rows })).locateTable()).location).toEqual({
      ok: false,
      error: { code: 'xlsx.noTable', params: { sheet: 'Klanten' } },
    });
  });
});

describe('XlsxPort.readTable', () => {
  it('reads cells as Excel shows them: cached formula results (also 0), text results, errors, merges, formats, hidden rows', async () => {
    const rows: Cell[][] = CLIENTS.map((r) => [...r]);
    rows[1]![1] = { f: 'B3+100', v: 400 };
    rows[2]![2] = { f: 'C4*0', v: 0 };
    rows[3]![0] = { f: '"Cl"&"aes"', v: 'Claes' };
    rows[2]![1] = { n: 300, s: STYLE.euro };
    rows[4]![4] = { n: 1, s: STYLE.percent };
    const bytes = book({ rows, merges: ['E4:E5'], hiddenRows: [3] });
    const p = port(bytes);
    const table = located((await p.locateTable()).location);
    const content = await p.readTable({ range: table.range });
    expect(content.rows).toEqual([
      ['Aalders', 400, 3, 2, 2],
      ['Bakker', 300, 0, 2, 1],
      ['Claes', 200, 1, 1, 1],
      ['De Vries', 100, 0, 0, null],
    ]);
    expect(content.numberFormats[1]![1]).toBe('"€"\\ #,##0');
    expect(content.numberFormats[3]![4]).toBe('0%');
    expect(content.hiddenRows).toEqual([2]);
  });
});

describe('XlsxPort.write through the pipeline', () => {
  it('widens an Excel table with our columns and keeps header names unique, in the cells and in the table', async () => {
    const rows = CLIENTS.map((r, i) => [...r, i === 0 ? 'Klasse' : 'x']);
    const p = port(book({ rows, tables: [{ name: 'Klanten', ref: 'A1:F5' }] }));
    const outcome = await classify(p);
    expect(outcome.resultAddress).toBe('Klanten!G1:N5');
    const bytes = Buffer.from(p.save());
    expect(rowsOf(bytes)[0]).toEqual([
      'Klant',
      'Omzet',
      'Portfolio',
      'Netwerk',
      'Samenwerking',
      'Klasse',
      'Klantscore',
      'Score %',
      'Klasse (Klantwaarde)',
      'Rang',
      'Omzetaandeel',
      'Toelichting',
      'Aanpak',
      'Signalen',
    ]);
    const xml = zipEntry(bytes, 'xl/tables/table1.xml')!;
    expect(xml).toContain(' ref="A1:N5"');
    expect(xml).toContain('<autoFilter ref="A1:N5"/>');
    // The pipeline's free name (see freeTableHeaders), the same in the cell and in the table part.
    expect(xml).toContain('<tableColumn id="9" name="Klasse (Klantwaarde)"/>');
    expect(xml).toContain('<tableColumns count="14">');
  });

  it('writes numbers as numbers with formats, text never as a formula, and the classes coloured by a conditional format', async () => {
    const rows = CLIENTS.map((r) => [...r]);
    rows[1]![0] = '=HYPERLINK("https://example.org","Aalders")';
    const p = port(book({ rows }));
    await classify(p);
    const bytes = Buffer.from(p.save());
    const ws = XLSX.read(bytes, { cellNF: true }).Sheets.Klanten!;
    expect(ws.A2).toMatchObject({ t: 's', v: '=HYPERLINK("https://example.org","Aalders")' });
    expect(ws.F2).toMatchObject({ t: 'n', v: 29 });
    expect(ws.G2).toMatchObject({ t: 'n', z: '0.0%' });
    expect(ws.G2!.v as number).toBeCloseTo(29 / 33, 12);
    expect(ws.H2).toMatchObject({ t: 's', v: 'A' });
    const sheet = zipEntry(bytes, 'xl/worksheets/sheet1.xml')!;
    expect(sheet).toMatch(
      /<conditionalFormatting sqref="H2:H5"><cfRule type="cellIs" dxfId="0" priority="1" operator="equal"><formula>"A"<\/formula><\/cfRule>/,
    );
    expect(zipEntry(bytes, 'xl/styles.xml')).toContain('<dxfs count="4"><dxf><fill><patternFill patternType="solid"><bgColor rgb="FF');
  });

  it('keeps the settings in a hidden sheet, also values longer than a cell can hold', async () => {
    const p = port(book({}));
    const long = 'x'.repeat(70_000);
    await p.write({ settings: { [SETTINGS_KEYS.model]: long, [SETTINGS_KEYS.results]: '{}' } });
    const reopened = port(p.save());
    expect((await reopened.readSettings()).settings).toEqual({ [SETTINGS_KEYS.model]: long, [SETTINGS_KEYS.results]: '{}' });
    expect(reopened.pkg.sheets().map((s) => [s.name, s.state])).toEqual([
      ['Klanten', 'visible'],
      ['KlantwaardeInstellingen', 'hidden'],
    ]);
    await reopened.write({ settings: { [SETTINGS_KEYS.model]: null, [SETTINGS_KEYS.results]: null } });
    expect(
      port(reopened.save())
        .pkg.sheets()
        .map((s) => s.name),
    ).toEqual(['Klanten']);
  });

  it('refuses to insert sheet columns (formulas and names would point at the wrong cells)', async () => {
    const rows: Cell[][] = CLIENTS.map((r) => [...r]);
    rows[2] = [...rows[2]!, null, 'notitie'];
    const p = port(book({ rows }));
    await expect(createSession(p, 'nl', { now: TODAY }).classify(MODEL, { insertColumns: true })).rejects.toMatchObject({
      detail: { code: 'workbook.writeFailed' },
    });
  });

  it('replaces its report on a re-run instead of adding a second one, and keeps the model', async () => {
    const first = port(book({}));
    await classify(first);
    const again = port(first.save());
    expect((await again.readSettings()).settings[SETTINGS_KEYS.model]).toContain('"Matrix"');
    await classify(again);
    const bytes = Buffer.from(again.save());
    expect(XLSX.read(bytes).SheetNames).toEqual(['Klanten', 'Klantanalyse 2026', 'KlantwaardeInstellingen']);
    expect(rowsOf(bytes)[1]).toEqual(rowsOf(first.save())[1]);
    // The class colours are replaced, not stacked: one conditional format, four rules, styles not grown.
    const sheet = zipEntry(bytes, 'xl/worksheets/sheet1.xml')!;
    expect(sheet.match(/<conditionalFormatting /g)).toHaveLength(1);
    expect(sheet.match(/<cfRule /g)).toHaveLength(4);
    expect(zipEntry(bytes, 'xl/styles.xml')).toBe(zipEntry(Buffer.from(first.save()), 'xl/styles.xml'));
  });

  it.each([
    ['a plain region', {}, undefined],
    ['an Excel table', { tables: [{ name: 'Klanten', ref: 'A1:E5' }] }, ' ref="A1:E5"'],
  ])('removes exactly what it wrote from %s, after a save and a re-open', async (_what, spec, tableRef) => {
    const original = book(spec);
    const before = rowsOf(original);
    const p = port(original);
    await classify(p);
    const classified = port(p.save());
    const removed = await createSession(classified, 'nl', { now: TODAY }).removeResults();
    expect(removed).toMatchObject({ removedColumns: 8, removedReport: true });
    const bytes = Buffer.from(classified.save());
    expect(rowsOf(bytes)).toEqual(before);
    // The model stays saved (in the hidden sheet); the report is gone.
    expect(XLSX.read(bytes).SheetNames).toEqual(['Klanten', 'KlantwaardeInstellingen']);
    const table = zipEntry(bytes, 'xl/tables/table1.xml');
    if (tableRef === undefined) expect(table).toBeUndefined();
    else expect(table).toContain(tableRef);
    expect(zipEntry(bytes, 'xl/worksheets/sheet1.xml')).not.toContain('conditionalFormatting');
  });
});

describe('workbooks classified by the earlier, exceljs-based command line', () => {
  it('reads their hidden settings sheet and writes the settings back into it (no second settings sheet)', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const clients = wb.addWorksheet('Klanten');
    CLIENTS.forEach((row) => clients.addRow(row as (string | number)[]));
    const settings = wb.addWorksheet('KlantwaardeInstellingen', { state: 'hidden' });
    settings.getCell('A1').value = 'Klantwaarde-instellingen (niet wijzigen / do not edit)';
    settings.getCell('A2').value = SETTINGS_KEYS.model;
    settings.getCell('B2').value = '{"name":"Oud model",';
    settings.getCell('C2').value = '"version":1}';
    const p = port(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect((await p.readSettings()).settings[SETTINGS_KEYS.model]).toBe('{"name":"Oud model","version":1}');
    await classify(p);
    const reopened = port(p.save());
    expect(reopened.pkg.sheets().map((s) => s.name)).toEqual(['Klanten', 'KlantwaardeInstellingen', 'Klantanalyse 2026']);
    expect((await reopened.readSettings()).settings[SETTINGS_KEYS.model]).toContain('"Matrix"');
  });
});
