import { MemoryPort, MemoryWorkbook } from '../../src/workbook/memory';
import { createSession } from '../../src/workbook/createSession';
import { KlantwaardeError, sameTable } from '../../src/workbook/session';
import { presetModel } from '../../src/engine';

// Defect: the pane showed one table and classify wrote beside another (the selection had moved).
// The pane now passes the table it shows; the session refuses when the located table is another one.
const CLIENTS = [
  ['Klant', 'Omzet'],
  ['Jansen', 50000],
  ['De Vries', 30000],
  ['Smit', 10000],
  ['Vos', 5000],
];

function twoTables(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.loadSheet('Klanten', CLIENTS);
  wb.loadSheet('Vorig jaar', CLIENTS, 'C3');
  return wb;
}

const model = presetModel('pareto8095');

describe('classify checks the table the pane shows', () => {
  it('refuses, writing nothing, when the selection moved to another table', async () => {
    const wb = twoTables();
    const session = createSession(new MemoryPort(wb), 'nl');
    wb.select('Klanten', 'A1');
    const shown = await session.detectTable();
    wb.select('Vorig jaar', 'D4');
    const before = wb.snapshot();
    const refused = await session.classify(model, { expectedTable: shown }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(KlantwaardeError);
    const detail = (refused as KlantwaardeError).detail;
    expect(detail).toEqual({ code: 'workbook.tableChanged', params: { shown: 'Klanten!A1:B5', found: "'Vorig jaar'!C3:D7" } });
    expect(wb.snapshot()).toEqual(before);
  });

  it('writes when the located table is the one shown, even after rows were added to it', async () => {
    const wb = twoTables();
    const session = createSession(new MemoryPort(wb), 'nl');
    wb.select('Klanten', 'B2');
    const shown = await session.detectTable();
    wb.loadSheet('Klanten', [['Bakker', 2000]], 'A6');
    const outcome = await session.classify(model, { expectedTable: shown });
    expect(outcome.run.count).toBe(5);
  });

  it('tells tables apart by sheet (any case), Excel Table name and top-left cell, not by size', () => {
    const a = { sheet: 'Klanten', address: 'Klanten!A1:H151' };
    expect(sameTable(a, { sheet: 'KLANTEN', address: 'KLANTEN!$A$1:$H$200' })).toBe(true);
    expect(sameTable(a, { sheet: 'Klanten', address: 'Klanten!A2:H151' })).toBe(false);
    expect(sameTable(a, { sheet: 'Blad2', address: 'Blad2!A1:H151' })).toBe(false);
    expect(sameTable({ ...a, tableName: 'T1' }, { ...a, tableName: 'T2' })).toBe(false);
    expect(sameTable({ sheet: "It's", address: "'It''s'!B2:C3" }, { sheet: "it's", address: "'it''s'!B2:C9" })).toBe(true);
  });
});
