/**
 * How a table and a model are read: title blocks above the header row, clients cut off by a blank
 * row, number notation per column, percentages and overflowing sums in amounts, an unlabelled totals
 * row, model columns matched to real headers, and model files as users really save them.
 * Sheet rows of FOUR at A1: 1 header, 2 Aalders, 3 Bakker, 4 Claes, 5 De Vries.
 */
import { readdirSync } from 'node:fs';
import type { CellValue } from '../../src/engine';
import { EXIT } from '../../src/cli/errors';
import { FOUR, SCORING_MATRIX, classifySheet, model, runInFolder, withCell, xlsxBytes, type BadInputCase } from './harness';

const A1 = { select: ['A1'] } as const;
const TITLE: CellValue[][] = [['Klantenoverzicht 2025'], ['Kantoor Jansen & Partners'], [], ...FOUR];
const labelsIn = (o: { wb?: { requireSheet(s: string): { value(r: number, c: number): unknown } } }, rows: number[]) =>
  rows.map((r) => o.wb!.requireSheet('Klanten').value(r - 1, 7));

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const MODEL = (extra: Record<string, unknown> = {}) =>
  JSON.stringify(
    {
      version: 1,
      name: 'Kantoor',
      revenue: 'Omzet',
      criteria: [
        { name: 'Omzet', weight: 5, scoring: { type: 'quantiles' } },
        { name: 'Portfolio', weight: 2 },
        { name: 'Netwerk', weight: 3 },
        { name: 'Samenwerking', weight: 1 },
      ],
      ...extra,
    },
    null,
    2,
  );
const cli = (files: Record<string, string | Buffer>, ...args: string[]) =>
  runInFolder({ 'klanten.xlsx': xlsxBytes({ Blad1: FOUR }), ...files }, ['classify', 'klanten.xlsx', ...args]);

export const inputCases: readonly BadInputCase[] = [
  {
    id: 61,
    title: 'a title block above the header row (rows 1–3), header in row 4, A1 selected',
    arrange: () => classifySheet(TITLE, A1),
    expect: {
      kind: 'warns',
      message: {
        code: 'workbook.titleRowsSkipped',
        params: { address: 'Klanten!A1:E2', title: 'Klantenoverzicht 2025', rows: '1–2', headerRow: '4' },
      },
    },
    also: (o) => {
      expect(o.outcome!.resultAddress).toBe('Klanten!F4:M8');
      expect(labelsIn(o, [5, 6, 7, 8])).toEqual(['A', 'B', 'C', 'D']);
    },
  },
  {
    id: 62,
    title: 'a header row chosen by hand that is empty',
    arrange: () => classifySheet(TITLE, { ...A1, options: { headerRow: 3 } }),
    expect: { kind: 'stops', message: { code: 'workbook.headerRowBlank', params: { row: '3', sheet: 'Klanten' } } },
  },
  {
    id: 63,
    title: 'a blank row inside the data, one cell selected: clients below it',
    arrange: () => classifySheet([FOUR[0]!, FOUR[1]!, FOUR[2]!, [], FOUR[3]!, FOUR[4]!], A1),
    expect: {
      kind: 'warns',
      message: { code: 'workbook.clientRowsBelow', params: { count: 2, blank: '4', rows: '5–6', address: 'Klanten!A1:E3' } },
    },
    also: (o) => {
      expect(o.outcome!.run.count).toBe(2);
      // Nothing is written next to the rows left out.
      expect(o.wb!.requireSheet('Klanten').value(4, 5)).toBeUndefined();
    },
  },
  {
    id: 64,
    title: 'an unlabelled totals row: no name, revenue = the sum above',
    arrange: () => classifySheet([...FOUR, [null, 1000, null, null, null]], A1),
    expect: { kind: 'warns', message: { code: 'table.unlabelledTotalRow', params: { row: 6, address: 'Klanten!B6', column: 'Omzet' } } },
    also: (o) => {
      expect(o.outcome!.run.count).toBe(4);
      expect(o.outcome!.run.revenueTotal).toBe(1000);
    },
  },
  {
    id: 65,
    title: 'Dutch "150.000" in one column, English notation in another',
    arrange: () =>
      classifySheet(
        [
          [...FOUR[0]!, 'Bonus'],
          ...FOUR.slice(1).map((r, i) => [
            r[0]!,
            ['400.000', '300.000', '200.000', '100.000'][i]!,
            ...r.slice(2),
            ['1,250.5', '2.5', '300', '4'][i]!,
          ]),
        ],
        {
          ...A1,
          model: model({
            revenue: 'Omzet',
            criteria: [...SCORING_MATRIX().criteria, { name: 'Bonus', weight: 1, scoring: { type: 'quantiles' } }],
            classification: { method: 'score', thresholds: [0.7, 0.45, 0.2], labels: ['A', 'B', 'C', 'D'] },
          }),
        },
      ),
    expect: { kind: 'runs' },
    also: (o) => {
      expect(Array.from(o.outcome!.run.revenue)).toEqual([400000, 300000, 200000, 100000]);
      expect(Array.from(o.outcome!.run.table.numeric.get(5)!.values)).toEqual([1250.5, 2.5, 300, 4]);
    },
  },
  {
    id: 66,
    title: '"50%" as revenue',
    arrange: () => classifySheet(withCell(3, 'Omzet', '50%'), A1),
    expect: {
      kind: 'flags',
      row: 3,
      message: { code: 'client.invalid.percent', params: { column: 'Omzet', address: 'Klanten!B3', text: '50%' } },
    },
    also: (o) => {
      expect(o.outcome!.run.classIndex[1]).toBe(-1);
    },
  },
  {
    id: 67,
    title: 'two revenues of 1E+308: the sum overflows',
    arrange: () =>
      classifySheet(
        withCell(2, 'Omzet', 1e308).map((r, i) => (i === 3 ? [r[0]!, 1e308, ...r.slice(2)] : r)),
        A1,
      ),
    expect: { kind: 'stops', message: { code: 'table.sumOverflow', params: { column: 'Omzet', address: 'Klanten!B2:B5' } } },
  },
  {
    id: 68,
    title: 'the model\'s "Omzet" is "Omzet 2025" in the table',
    arrange: () => classifySheet([['Klant', 'Omzet 2025', ...FOUR[0]!.slice(2)], ...FOUR.slice(1)], A1),
    expect: { kind: 'warns', message: { code: 'table.columnMatched', params: { column: 'Omzet', header: 'Omzet 2025', letter: 'B' } } },
    also: (o) => {
      expect(labelsIn(o, [2, 3, 4, 5])).toEqual(['A', 'B', 'C', 'D']);
    },
  },
  {
    id: 69,
    title: 'revenue for two years ("Omzet 2024", "Omzet 2025"): which one is the user\'s choice',
    arrange: () =>
      classifySheet(
        [['Klant', 'Omzet 2024', 'Omzet 2025', ...FOUR[0]!.slice(2)], ...FOUR.slice(1).map((r) => [r[0]!, r[1]!, r[1]!, ...r.slice(2)])],
        A1,
      ),
    expect: {
      kind: 'stops',
      message: {
        code: 'table.missingColumnSuggest',
        params: {
          columns: 'Omzet',
          column: 'Omzet',
          suggestion: 'Omzet 2025',
          available: 'Klant, Omzet 2024, Omzet 2025, Portfolio, Netwerk, Samenwerking',
          sheet: 'Klanten',
          address: 'Klanten!A1',
        },
      },
    },
  },
  {
    id: 70,
    title: 'a title above the table on the command line',
    arrange: () => runInFolder({ 'klanten.xlsx': xlsxBytes({ Blad1: TITLE }) }, ['classify', 'klanten.xlsx']),
    expect: {
      kind: 'cli',
      exit: EXIT.ok,
      message: {
        code: 'workbook.titleRowsSkipped',
        params: { address: 'Blad1!A1:E2', title: 'Klantenoverzicht 2025', rows: '1–2', headerRow: '4' },
      },
    },
    also: ({ dir }) => {
      expect(readdirSync(dir!).sort()).toEqual(['klanten.klantwaarde.xlsx', 'klanten.xlsx']);
    },
  },
  {
    id: 71,
    title: '--header-row naming an empty row (command line)',
    arrange: () => runInFolder({ 'klanten.xlsx': xlsxBytes({ Blad1: TITLE }) }, ['classify', 'klanten.xlsx', '--header-row', '3']),
    expect: { kind: 'cli', exit: EXIT.table, message: { code: 'workbook.headerRowBlank', params: { row: '3', sheet: 'Blad1' } } },
    also: ({ dir }) => {
      expect(readdirSync(dir!).sort()).toEqual(['klanten.xlsx']);
    },
  },
  {
    id: 72,
    title: 'a misspelt field in the model file: "tresholds"',
    arrange: () =>
      cli({ 'model.json': MODEL({ classification: { method: 'score', tresholds: [0.8, 0.5, 0.2] } }) }, '--model', 'model.json'),
    expect: {
      kind: 'cli',
      exit: EXIT.ok,
      message: { code: 'model.unknownFieldNear', params: { path: 'classification.tresholds', field: 'thresholds' } },
    },
  },
  {
    id: 73,
    title: 'a class label longer than 255 characters',
    arrange: () =>
      cli(
        { 'model.json': MODEL({ classification: { method: 'score', thresholds: [0.5], labels: ['Top', 'K'.repeat(300)] } }) },
        '--model',
        'model.json',
      ),
    expect: {
      kind: 'cli',
      exit: EXIT.model,
      message: { code: 'model.textTooLong', params: { path: 'classification.labels[1]', length: 300, max: 255 } },
    },
    also: ({ dir }) => {
      expect(readdirSync(dir!).sort()).toEqual(['klanten.xlsx', 'model.json']);
    },
  },
  {
    id: 74,
    title: 'a model file saved as UTF-16 (Notepad "Unicode")',
    arrange: () => cli({ 'model.json': utf16le(MODEL()) }, '--model', 'model.json'),
    // Read as it was meant: the summary names the model from the file.
    expect: { kind: 'cli', exit: EXIT.ok, message: { code: 'cli.modelFromFile', params: { model: 'Kantoor', file: 'model.json' } } },
  },
  {
    id: 75,
    title: 'a model file saved as UTF-32',
    arrange: () => cli({ 'model.json': Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0, 0x7d, 0, 0, 0]) }, '--model', 'model.json'),
    expect: { kind: 'cli', exit: EXIT.model, message: { code: 'model.encodingUtf32' } },
    also: ({ dir }) => {
      expect(readdirSync(dir!).sort()).toEqual(['klanten.xlsx', 'model.json']);
    },
  },
];
