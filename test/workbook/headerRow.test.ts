/**
 * Finding the header row below a title block (as exports from accounting packages come), the manual
 * "Kopregel" override, and clients left out below a blank row: the shared locate step, over the
 * in-memory workbook and the Office.js fake alike.
 */
import type { CellValue } from '../../src/engine';
import { formatMessage } from '../../src/i18n/catalog';
import { presetModel, validateModel } from '../../src/engine';
import { KlantwaardeError } from '../../src/workbook/session';
import { CLIENTS, EXPECTED, clientWorkbook, excelAdapter, memoryAdapter, sessionFor } from './fixtures';

const FOUR = CLIENTS.slice(0, 5);
const matrix = presetModel('scoringsmatrix');

/** Rows 1–3 a title block (row 3 blank), the header in row 4, the four clients in rows 5–8. */
const TITLE_BLOCK: CellValue[][] = [['Klantenoverzicht 2025'], ['Kantoor Jansen & Partners, export 2-1-2026'], [], ...FOUR];

async function failure(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    if (e instanceof KlantwaardeError) return e.detail;
    throw e;
  }
  throw new Error('expected a failure');
}

describe.each([memoryAdapter, excelAdapter])('header row detection ($name)', (adapter) => {
  it('finds the header in row 4 below a title block selected at A1, and classifies without manual steps', async () => {
    const wb = clientWorkbook(TITLE_BLOCK);
    wb.select('Klanten', 'A1');
    const session = sessionFor(adapter, wb);
    const table = await session.detectTable();
    expect(table.address).toBe('Klanten!A4:E8');
    expect(table.headerRow).toBe(4);
    expect(table.titleRows).toEqual([1, 2]);
    expect(table.headerRowManual).toBe(false);
    expect(table.headers).toEqual(FOUR[0]);
    const title = table.warnings.find((w) => w.code === 'workbook.titleRowsSkipped')!;
    expect(title.params).toEqual({ address: 'Klanten!A1:E2', title: 'Klantenoverzicht 2025', rows: '1–2', headerRow: '4' });
    expect(formatMessage('nl', title)).toBe(
      'Rijen 1–2 (Klanten!A1:E2) vormen een titel boven de tabel ("Klantenoverzicht 2025"), geen kopregel. De tabel begint daarom met de kopregel in rij 4. Klopt dat niet, kies dan zelf de kopregel.',
    );
    expect(formatMessage('en', title)).toBe(
      'Rows 1–2 (Klanten!A1:E2) are a title above the table ("Klantenoverzicht 2025"), not a header row. The table therefore starts with the header row in row 4. If that is wrong, choose the header row yourself.',
    );

    const outcome = await session.classify(matrix);
    expect(outcome.resultAddress).toBe('Klanten!F4:M8');
    const sheet = wb.requireSheet('Klanten');
    expect([5, 6, 7, 8].map((r) => sheet.value(r - 1, 7))).toEqual(EXPECTED.map((e) => e.label));
    // The title block is untouched.
    expect(sheet.value(0, 0)).toBe('Klantenoverzicht 2025');
    expect(sheet.value(0, 5)).toBeUndefined();
  });

  it('finds the header below three title rows that touch it (one region)', async () => {
    const wb = clientWorkbook([['Klantenoverzicht'], ['Kantoor:', 'Jansen'], ['Periode:', '2025'], ...FOUR]);
    wb.select('Klanten', 'C6');
    const table = await sessionFor(adapter, wb).detectTable();
    expect(table.address).toBe('Klanten!A4:E8');
    expect(table.titleRows).toEqual([1, 2, 3]);
  });

  it('uses the header row the user names, and says nothing about titles then', async () => {
    // Row 4 holds column names too, but the user says the header is row 5 (a two-line header, say).
    const wb = clientWorkbook([['Overzicht'], [], [], ['Groep', 'Groep', 'Scores', 'Scores', 'Scores'], ...FOUR]);
    wb.select('Klanten', 'A1');
    const session = sessionFor(adapter, wb);
    expect((await session.detectTable()).headerRow).toBe(4);
    const manual = await session.detectTable({ headerRow: 5 });
    expect(manual.address).toBe('Klanten!A5:E9');
    expect(manual.headerRowManual).toBe(true);
    expect(manual.warnings.map((w) => w.code)).not.toContain('workbook.titleRowsSkipped');
    const outcome = await session.classify(matrix, { headerRow: 5 });
    expect(outcome.resultAddress).toBe('Klanten!F5:M9');
    expect(outcome.run.count).toBe(4);
  });

  it('reads a long table below a title block down to its first blank row', async () => {
    // 1,000 clients need several reads (256, 512, … rows) to find the end; a note after a blank row stays out.
    const many = Array.from({ length: 1000 }, (_, i) => [`Klant ${i + 1}`, 1000 - i, i % 4, (i + 1) % 4, (i + 2) % 4]);
    const wb = clientWorkbook([['Klantenoverzicht 2025'], [], FOUR[0]!, ...many, [], ['Bron: administratie']]);
    wb.select('Klanten', 'A1');
    const table = await sessionFor(adapter, wb).detectTable();
    expect(table.address).toBe('Klanten!A3:E1003');
    expect(table.rowCount).toBe(1000);
  });

  it('refuses an empty row as the header row, naming it', async () => {
    const wb = clientWorkbook(TITLE_BLOCK);
    wb.select('Klanten', 'A1');
    const error = await failure(sessionFor(adapter, wb).detectTable({ headerRow: 3 }));
    expect(error).toEqual({ code: 'workbook.headerRowBlank', params: { row: '3', sheet: 'Klanten' } });
    expect(formatMessage('nl', error as never)).toBe(
      'Rij 3 van blad Klanten is leeg en kan geen kopregel zijn. Kies de rij met de kolomnamen.',
    );
    expect(formatMessage('en', error as never)).toBe(
      'Row 3 of sheet Klanten is empty and cannot be the header row. Choose the row with the column names.',
    );
  });

  it('refuses a row number outside the sheet', async () => {
    const wb = clientWorkbook(FOUR);
    wb.select('Klanten', 'A1');
    const error = await failure(sessionFor(adapter, wb).detectTable({ headerRow: 0 }));
    expect(error).toEqual({ code: 'workbook.headerRowInvalid', params: { row: '0', max: '1048576' } });
  });

  it("keeps an Excel Table's own header row and says so when another row is named", async () => {
    const wb = clientWorkbook(TITLE_BLOCK);
    wb.addTable('Klanten2026', 'Klanten', 'A4:E8');
    wb.select('Klanten', 'B5');
    const table = await sessionFor(adapter, wb).detectTable({ headerRow: 2 });
    expect(table.headerRow).toBe(4);
    expect(table.warnings).toContainEqual({ code: 'workbook.headerRowOfTable', params: { table: 'Klanten2026', row: '4', wanted: '2' } });
  });

  it('leaves a table whose first row is its header exactly as before (no title rows)', async () => {
    const wb = clientWorkbook(FOUR);
    wb.select('Klanten', 'B2');
    const table = await sessionFor(adapter, wb).detectTable();
    expect(table.address).toBe('Klanten!A1:E5');
    expect(table.headerRow).toBe(1);
    expect(table.titleRows).toEqual([]);
  });
});

describe('clients below a blank row', () => {
  it('says how many client-like rows below the blank row were left out, and where', async () => {
    // Header row 1, Aalders and Bakker in rows 2–3, a blank row 4, Claes and De Vries in rows 5–6.
    const wb = clientWorkbook([FOUR[0]!, FOUR[1]!, FOUR[2]!, [], FOUR[3]!, FOUR[4]!]);
    wb.select('Klanten', 'A1');
    const session = sessionFor(memoryAdapter, wb);
    const outcome = await session.classify(matrix);
    expect(outcome.run.count).toBe(2);
    const w = outcome.warnings.find((x) => x.code === 'workbook.clientRowsBelow')!;
    expect(w.params).toEqual({ count: 2, blank: '4', rows: '5–6', address: 'Klanten!A1:E3' });
    expect(formatMessage('nl', w)).toBe(
      'Onder de lege rij 4 staan nog 2 rij(en) die op klanten lijken (rij 5–6); die horen niet bij de gevonden tabel (Klanten!A1:E3) en zijn niet ingedeeld. Haal de lege rij weg, of selecteer de hele tabel, om ze mee te nemen.',
    );
    expect(formatMessage('en', w)).toBe(
      'Below the blank row 4 there are 2 more row(s) that look like clients (row 5–6); they are not part of the table found (Klanten!A1:E3) and were not classified. Remove the blank row, or select the whole table, to include them.',
    );
    // Nothing was written next to the rows left out.
    expect(wb.requireSheet('Klanten').value(4, 5)).toBeUndefined();
  });

  it('includes them when the whole table is selected (the blank row is then skipped inside it)', async () => {
    const wb = clientWorkbook([FOUR[0]!, FOUR[1]!, FOUR[2]!, [], FOUR[3]!, FOUR[4]!]);
    wb.select('Klanten', 'A1:E6');
    const outcome = await sessionFor(memoryAdapter, wb).classify(matrix);
    expect(outcome.run.count).toBe(4);
    expect(outcome.warnings.map((w) => w.code)).not.toContain('workbook.clientRowsBelow');
  });

  it('says nothing about a note under the table', async () => {
    const wb = clientWorkbook([...FOUR, [], ['Bron: administratie, 2 januari 2026']]);
    wb.select('Klanten', 'A1');
    const outcome = await sessionFor(memoryAdapter, wb).classify(matrix);
    expect(outcome.warnings.map((w) => w.code)).not.toContain('workbook.clientRowsBelow');
  });
});

describe('column matching through the pipeline', () => {
  it('classifies a title-block export whose revenue header is "Omzet 2025" with the seed model', async () => {
    const header = ['Klant', 'Omzet 2025', 'Portfolio', 'Netwerk', 'Samenwerking'];
    const wb = clientWorkbook([['Klantenoverzicht 2025'], [], [], header, ...FOUR.slice(1)]);
    wb.select('Klanten', 'A1');
    const seed = validateModel({ version: 1, revenue: 'Omzet', criteria: matrix.criteria, classification: matrix.classification });
    if (!seed.ok) throw new Error('seed model');
    const outcome = await sessionFor(memoryAdapter, wb).classify(seed.model);
    expect(outcome.run.count).toBe(4);
    expect(outcome.warnings).toContainEqual({
      code: 'table.columnMatched',
      params: { column: 'Omzet', header: 'Omzet 2025', letter: 'B' },
    });
    expect([5, 6, 7, 8].map((r) => wb.requireSheet('Klanten').value(r - 1, 7))).toEqual(EXPECTED.map((e) => e.label));
  });
});
