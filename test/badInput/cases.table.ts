/**
 * Bad input while finding the client table: the selection, the header row, the table's shape.
 * Expected messages are worked out from the sheet as built here (A1 = top-left of sheet "Klanten").
 */
import { MAX_ROWS } from '../../src/workbook/cells';
import { BELOW_ROWS } from '../../src/workbook/tableEdges';
import { CLIENTS } from '../workbook/fixtures';
import { FOUR, classifySheet, model, type BadInputCase } from './harness';

const headerWith = (...extra: string[]) => [...FOUR[0]!, ...extra];

export const tableCases: readonly BadInputCase[] = [
  {
    id: 1,
    title: 'nothing selected (a chart or shape is selected)',
    arrange: () => classifySheet(FOUR),
    expect: { kind: 'stops', message: { code: 'workbook.noSelection' } },
  },
  {
    id: 2,
    title: 'an empty selection: a block of empty cells',
    // H1:K10 has nothing in it; the search starts at its first cell.
    arrange: () => classifySheet(FOUR, { select: ['H1:K10'] }),
    expect: { kind: 'stops', message: { code: 'table.empty', params: { sheet: 'Klanten', address: 'Klanten!H1' } } },
  },
  {
    id: 3,
    title: 'a single empty cell with nothing around it',
    arrange: () => classifySheet(FOUR, { select: ['K20'] }),
    expect: { kind: 'stops', message: { code: 'table.empty', params: { sheet: 'Klanten', address: 'Klanten!K20' } } },
  },
  {
    id: 4,
    title: 'several separate areas selected (Excel)',
    arrange: () => classifySheet(FOUR, { adapter: 'excel', select: ['A1:B2', 'D4'] }),
    expect: { kind: 'stops', message: { code: 'workbook.multipleAreas', params: { areas: 2 } } },
  },
  {
    id: 5,
    title: 'a header row without clients',
    arrange: () => classifySheet([FOUR[0]!], { select: ['B1'] }),
    expect: { kind: 'stops', message: { code: 'table.noClients', params: { sheet: 'Klanten', address: 'Klanten!A1:E1' } } },
  },
  {
    id: 6,
    title: 'no header row: the first row holds a client (numbers)',
    // Row 1 is Aalders: four of its five cells are numbers, so it cannot be the column names.
    arrange: () => classifySheet(FOUR.slice(1), { select: ['B2'] }),
    expect: { kind: 'stops', message: { code: 'table.noHeaderRow', params: { sheet: 'Klanten', address: 'Klanten!A1:E1' } } },
  },
  {
    id: 7,
    title: "a criterion's column name twice in the header row",
    arrange: () =>
      classifySheet(
        [
          ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Netwerk', 'Samenwerking'],
          ...FOUR.slice(1).map((r) => [...r.slice(0, 4), r[3]!, r[4]!]),
        ],
        { select: ['A1'] },
      ),
    // Which of the two "Netwerk" columns counts is a guess the add-in must not make.
    expect: { kind: 'stops', message: { code: 'table.duplicateHeader', params: { column: 'Netwerk', letters: 'D, E', role: 'Netwerk' } } },
  },
  {
    id: 8,
    title: 'a column name twice, in columns the model does not use',
    arrange: () => classifySheet([headerWith('Notitie', 'Notitie'), ...FOUR.slice(1).map((r) => [...r, 'a', 'b'])], { select: ['A1'] }),
    expect: { kind: 'warns', message: { code: 'table.duplicateHeaderUnused', params: { column: 'Notitie', letters: 'F, G' } } },
  },
  {
    id: 9,
    title: 'merged header cells: "Omzet" merged over B1:C1 (Excel)',
    // Excel keeps a merged area's value in its top-left cell; C1 reads as empty. Column C ("vorig jaar") is kept out.
    arrange: () =>
      classifySheet(
        [
          ['Klant', 'Omzet', null, 'Portfolio', 'Netwerk', 'Samenwerking'],
          ...FOUR.slice(1).map((r) => [r[0]!, r[1]!, (r[1] as number) - 50, ...r.slice(2)]),
        ],
        { adapter: 'excel', select: ['A1'] },
      ),
    expect: { kind: 'warns', message: { code: 'workbook.blankHeader', params: { letter: 'C', address: 'Klanten!C1' } } },
    also: ({ outcome }) => {
      expect(outcome!.resultAddress).toBe('Klanten!G1:N5');
      expect(Array.from(outcome!.run.scores)).toEqual([29, 21, 11, 1]);
    },
  },
  {
    id: 10,
    title: 'a merged title right above the header row, no empty row between (Excel)',
    // "Klantenoverzicht 2026" merged over A1:E1: only A1 holds it. The table is A2:E6 with its header in row 2.
    arrange: () => classifySheet([['Klantenoverzicht 2026'], ...FOUR], { adapter: 'excel', select: ['C4'] }),
    expect: {
      kind: 'warns',
      message: {
        code: 'workbook.titleRowSkipped',
        params: { address: 'Klanten!A1:E1', title: 'Klantenoverzicht 2026', row: '1', headerRow: '2' },
      },
    },
    also: ({ outcome, wb }) => {
      expect(outcome!.resultAddress).toBe('Klanten!F2:M6');
      expect(Array.from(outcome!.run.scores)).toEqual([29, 21, 11, 1]);
      const sheet = wb!.requireSheet('Klanten');
      expect(sheet.value(0, 0)).toBe('Klantenoverzicht 2026');
      for (let c = 5; c < 13; c++) expect(sheet.isFilled(0, c)).toBe(false);
    },
  },
  {
    id: 11,
    title: 'blank rows inside a selected table',
    arrange: () => classifySheet([...FOUR.slice(0, 3), [], ...FOUR.slice(3)], { select: ['A1:E6'] }),
    // Sheet row 4 is empty; Claes and De Vries (rows 5 and 6) are still clients.
    expect: { kind: 'warns', message: { code: 'table.blankRowsSkipped', params: { count: 1, rows: '4' } } },
    also: ({ outcome, wb }) => {
      expect(outcome!.run.count).toBe(4);
      for (let c = 5; c < 13; c++) expect(wb!.requireSheet('Klanten').isFilled(3, c)).toBe(false);
      expect(wb!.requireSheet('Klanten').value(5, 7)).toBe('D');
    },
  },
  {
    id: 12,
    title: 'a totals row under the clients',
    arrange: () =>
      classifySheet(
        CLIENTS.map((r) => [...r]),
        { select: ['A1'] },
      ),
    expect: { kind: 'warns', message: { code: 'table.totalsRowSkipped', params: { rows: '6' } } },
    also: ({ outcome, wb }) => {
      expect(outcome!.run.count).toBe(4);
      for (let c = 5; c < 13; c++) expect(wb!.requireSheet('Klanten').isFilled(5, c)).toBe(false);
    },
  },
  {
    id: 13,
    title: 'criterion columns missing from the table',
    arrange: () =>
      classifySheet(
        FOUR.map((r) => r.slice(0, 3)),
        { select: ['A1'] },
      ),
    expect: {
      kind: 'stops',
      message: {
        code: 'table.missingColumns',
        params: { columns: 'Netwerk, Samenwerking', available: 'Klant, Omzet, Portfolio', sheet: 'Klanten', address: 'Klanten!A1' },
      },
    },
  },
  {
    id: 14,
    title: 'a Pareto model on a table without a revenue column',
    arrange: () =>
      classifySheet(
        FOUR.map((r) => [r[0]!, ...r.slice(2)]),
        {
          select: ['A1'],
          model: model({ criteria: [{ name: 'Portfolio', weight: 1 }], classification: { method: 'pareto' } }),
        },
      ),
    expect: {
      kind: 'stops',
      message: {
        code: 'table.noRevenueColumn',
        params: { available: 'Klant, Portfolio, Netwerk, Samenwerking', sheet: 'Klanten', address: 'Klanten!A1' },
      },
    },
  },
  {
    id: 15,
    title: 'an Excel Table with its header row switched off',
    arrange: () =>
      classifySheet(FOUR.slice(1), {
        select: ['B2'],
        prepare: (wb) => {
          wb.addTable('Klanten2026', 'Klanten', 'A1:E4', { showHeaders: false });
        },
      }),
    expect: {
      kind: 'stops',
      message: { code: 'workbook.tableNoHeaders', params: { table: 'Klanten2026', address: 'A1:E4', sheet: 'Klanten' } },
    },
  },
  {
    id: 16,
    title: 'whole columns A:E selected: 1,048,576 rows requested (Excel)',
    arrange: () => classifySheet(FOUR, { adapter: 'excel', select: ['A:E'] }),
    expect: { kind: 'runs' },
    also: ({ outcome, excel }) => {
      expect(outcome!.resultAddress).toBe('Klanten!F1:M5');
      // Only the used cells are read and written (plus the rows right under the table, read along to tell
      // about clients a blank row cut off): never a million-row request.
      expect(excel!.summary().maxCellsPerRead).toBeLessThanOrEqual(5 * (8 + BELOW_ROWS));
    },
  },
  {
    id: 17,
    title: "a table that ends in the sheet's last row, 1,048,576 (Excel)",
    arrange: () => classifySheet(FOUR, { adapter: 'excel', origin: `A${MAX_ROWS - 4}`, select: [`B${MAX_ROWS - 1}`] }),
    expect: { kind: 'runs' },
    also: ({ outcome }) => {
      expect(outcome!.resultAddress).toBe('Klanten!F1048572:M1048576');
      expect(Array.from(outcome!.run.scores)).toEqual([29, 21, 11, 1]);
    },
  },
  {
    id: 18,
    title: 'a table against the right edge of the sheet: no room for the result columns',
    // XES:XEW holds the table; eight columns from XEX would run past XFD.
    arrange: () => classifySheet(FOUR, { origin: 'XES1', select: ['XET2'] }),
    expect: { kind: 'stops', message: { code: 'workbook.noRoom', params: { address: 'Klanten!XES1:XEW5', count: 8, sheet: 'Klanten' } } },
  },
];
