/**
 * Bad input where writing could hurt the user's data: text that looks like a formula, a protected
 * sheet, filtered rows, cells where our columns would go, a sheet named like our report, the files
 * of the command line. The rule: stop before writing, or write only our own columns and sheet.
 */
import { createHash } from 'node:crypto';
import { EXIT } from '../../src/cli/errors';
import type { MemoryWorkbook } from '../../src/workbook/memory';
import { FOUR, classifySheet, classifyWorkbook, model, readIn, runInFolder, xlsxBytes, type BadInputCase, type Observed } from './harness';

const A1 = { select: ['A1'] } as const;
const INPUT = xlsxBytes({ Blad1: FOUR });
const hash = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** No cell of any sheet holds a formula. */
function noFormulas(wb: MemoryWorkbook): void {
  for (const name of wb.sheetNames()) for (const line of wb.requireSheet(name).snapshot()) expect(line).not.toContain('"formula"');
}

const FORMULA_LIKE = [
  ['Klant', 'Omzet', '@Netwerk', 'Portfolio', 'Handmatige klasse', 'Reden'],
  ['=HYPERLINK("https://example.org","Aalders")', 400, 2, 3, null, null],
  ['+31 Bakker', 300, 2, 2, 'B', '=SOM(B2:B5) was te laag'],
  ['-Claes', 200, 1, 1, null, null],
  ['@De Vries', 100, 0, 0, null, null],
];

export const safetyCases: readonly BadInputCase[] = [
  {
    id: 40,
    title: 'client names, a criterion and a reason that look like formulas (=, +, -, @) (Excel)',
    // Max 3·(3 + 2) = 15: Aalders 6 + 6 = 12 → A, Bakker 10 → B (and B by hand), Claes 5 → C, De Vries 0 → D.
    arrange: () =>
      classifySheet(FORMULA_LIKE, {
        ...A1,
        adapter: 'excel',
        model: model({
          revenue: 'Omzet',
          criteria: [
            { name: '@Netwerk', weight: 3 },
            { name: 'Portfolio', weight: 2 },
          ],
          classification: { method: 'score', thresholds: [0.7, 0.45, 0.2], labels: ['A', 'B', 'C', 'D'] },
          override: { column: 'Handmatige klasse', reasonColumn: 'Reden' },
        }),
      }),
    expect: { kind: 'runs' },
    also: ({ wb }) => {
      // Excel turns text typed as =, +, - or @ into a formula; the Office.js fake does too. Nothing we wrote became one.
      noFormulas(wb!);
      const sheet = wb!.requireSheet('Klanten');
      FORMULA_LIKE.slice(1).forEach((row, i) => expect(sheet.value(i + 1, 0)).toBe(row[0]));
      // Toelichting (column L) starts with the criterion "@Netwerk" and is stored as that text.
      expect(sheet.value(1, 11)).toEqual(expect.stringMatching(/^@Netwerk 2×3 = 6/));
      expect(sheet.value(2, 11)).toEqual(expect.stringContaining('=SOM(B2:B5) was te laag'));
      expect([1, 2, 3, 4].map((r) => sheet.value(r, 8))).toEqual(['A', 'B', 'C', 'D']);
    },
  },
  {
    id: 41,
    title: 'a protected sheet (Excel)',
    arrange: () =>
      classifySheet(FOUR, {
        ...A1,
        adapter: 'excel',
        prepare: (wb) => {
          wb.requireSheet('Klanten').protected = true;
        },
      }),
    expect: { kind: 'stops', message: { code: 'workbook.sheetProtected', params: { sheet: 'Klanten' } } },
  },
  {
    id: 42,
    title: 'a filtered table with hidden rows (included by default)',
    arrange: () =>
      classifySheet(FOUR, {
        ...A1,
        prepare: (wb) => {
          wb.requireSheet('Klanten').hiddenRows.add(2);
        },
      }),
    expect: { kind: 'warns', message: { code: 'workbook.hiddenRows', params: { count: 1 } } },
    also: ({ wb }) => {
      expect(wb!.requireSheet('Klanten').value(2, 7)).toBe('B');
    },
  },
  {
    id: 43,
    title: 'a filtered table with hidden rows, "skip hidden rows" chosen',
    arrange: () =>
      classifySheet(FOUR, {
        ...A1,
        options: { skipHiddenRows: true },
        prepare: (wb) => {
          wb.requireSheet('Klanten').hiddenRows.add(2);
        },
      }),
    expect: { kind: 'warns', message: { code: 'workbook.hiddenRowsSkipped', params: { count: 1 } } },
    also: ({ wb, outcome }) => {
      expect(outcome!.run.count).toBe(3);
      for (let c = 5; c < 13; c++) expect(wb!.requireSheet('Klanten').isFilled(2, c)).toBe(false);
    },
  },
  {
    id: 44,
    title: 'two tables side by side (a gap of two columns)',
    arrange: () =>
      classifySheet(FOUR, {
        ...A1,
        prepare: (wb) => {
          wb.loadSheet(
            'Klanten',
            [
              ['Prospect', 'Kans'],
              ['Xeno', 0.3],
            ],
            'H1',
          );
        },
      }),
    expect: {
      kind: 'stops',
      message: { code: 'workbook.outputOccupied', params: { sheet: 'Klanten', cells: 'H1, I1, H2, I2', range: 'F1:M5' } },
    },
  },
  {
    id: 45,
    title: "the result columns' cells already hold user data",
    arrange: () =>
      classifySheet(FOUR, {
        ...A1,
        prepare: (wb) => {
          wb.loadSheet('Klanten', [['bellen in mei']], 'J3');
        },
      }),
    expect: { kind: 'stops', message: { code: 'workbook.outputOccupied', params: { sheet: 'Klanten', cells: 'J3', range: 'F1:M5' } } },
  },
  {
    id: 46,
    title: "a worksheet of the user's named like our report sheet",
    arrange: () =>
      classifySheet(FOUR, {
        ...A1,
        prepare: (wb) => {
          wb.loadSheet('Klantanalyse 2026', [['Mijn eigen analyse'], [1, 2, 3]]);
        },
      }),
    expect: {
      kind: 'warns',
      message: { code: 'workbook.reportRenamed', params: { wanted: 'Klantanalyse 2026', sheet: 'Klantanalyse 2026 (2)' } },
    },
    also: ({ wb }) => {
      expect(wb!.readSheet('Klantanalyse 2026')).toEqual([
        ['Mijn eigen analyse', null, null],
        [1, 2, 3],
      ]);
    },
  },
  {
    id: 47,
    title: 'a model that leaves a class empty',
    // Aalders has 29 of 33 = 87.9%, short of 90%: nobody is an A.
    arrange: () =>
      classifySheet(FOUR, {
        ...A1,
        model: model({
          revenue: 'Omzet',
          criteria: [
            { name: 'Omzet', weight: 5, scoring: { type: 'quantiles' } },
            { name: 'Portfolio', weight: 2 },
            { name: 'Netwerk', weight: 3 },
            { name: 'Samenwerking', weight: 1 },
          ],
          classification: { method: 'score', thresholds: [0.9, 0.45, 0.2], labels: ['A', 'B', 'C', 'D'] },
        }),
      }),
    expect: { kind: 'warns', message: { code: 'workbook.emptyClasses', params: { labels: 'A' } } },
    also: ({ outcome }) => {
      expect(Array.from(outcome!.run.classIndex)).toEqual([1, 1, 2, 3]);
    },
  },
  {
    id: 48,
    title: 'a note typed under the result columns after a run, then a re-run',
    // After the first run the note in H6 touches our block F1:M5, so Excel's current region now reaches
    // row 6; that row is blank in the client columns, so it is not a client row and H6 is not ours.
    arrange: async () => {
      const first = await classifySheet(FOUR, A1);
      first.wb!.loadSheet('Klanten', [['nagebeld 3 april']], 'H6');
      const once = first.wb!.requireSheet('Klanten').snapshot();
      const again = await classifyWorkbook(first.wb!);
      return { ...again, before: JSON.stringify(once) };
    },
    expect: { kind: 'warns', message: { code: 'workbook.ownColumnsFound', params: { range: 'Klanten!F1:M5' } } },
    also: ({ wb, outcome, before }) => {
      expect(outcome!.resultAddress).toBe('Klanten!F1:M5');
      expect(JSON.stringify(wb!.requireSheet('Klanten').snapshot())).toBe(before);
    },
  },
  {
    id: 49,
    title: 'the output file exists already, no --force (command line)',
    arrange: () => runInFolder({ 'klanten.xlsx': INPUT, 'klanten.klantwaarde.xlsx': 'vorig resultaat' }, ['classify', 'klanten.xlsx']),
    expect: { kind: 'cli', exit: EXIT.output, message: { code: 'cli.outputExists', params: { file: 'klanten.klantwaarde.xlsx' } } },
    also: ({ dir }: Observed) => {
      expect(readIn(dir!, 'klanten.klantwaarde.xlsx').toString()).toBe('vorig resultaat');
      expect(hash(readIn(dir!, 'klanten.xlsx'))).toBe(hash(INPUT));
    },
  },
  {
    id: 50,
    title: 'the output named as the input (command line)',
    arrange: () => runInFolder({ 'klanten.xlsx': INPUT }, ['classify', 'klanten.xlsx', '--out', 'klanten.xlsx', '--force']),
    expect: { kind: 'cli', exit: EXIT.output, message: { code: 'cli.outputIsInput', params: { file: 'klanten.xlsx' } } },
    also: ({ dir }: Observed) => {
      expect(hash(readIn(dir!, 'klanten.xlsx'))).toBe(hash(INPUT));
    },
  },
  {
    id: 51,
    title: 'a successful run never writes the input file (command line)',
    arrange: () => runInFolder({ 'klanten.xlsx': INPUT }, ['classify', 'klanten.xlsx']),
    expect: {
      kind: 'cli',
      exit: EXIT.ok,
      message: { code: 'cli.written', params: { file: 'klanten.klantwaarde.xlsx', address: 'Blad1!F1:M5', report: 'Klantanalyse 2025' } },
    },
    also: ({ dir }: Observed) => {
      expect(hash(readIn(dir!, 'klanten.xlsx'))).toBe(hash(INPUT));
      expect(readIn(dir!, 'klanten.klantwaarde.xlsx').length).toBeGreaterThan(0);
    },
  },
  {
    id: 52,
    title: 'a protected workbook structure (Excel)',
    arrange: () =>
      classifySheet(FOUR, {
        ...A1,
        adapter: 'excel',
        prepare: (wb) => {
          wb.structureProtected = true;
        },
      }),
    expect: { kind: 'stops', message: { code: 'workbook.structureProtected', params: { sheet: 'Klantanalyse 2026' } } },
  },
];
