/**
 * Bad input in the cells of the client table. A cell that cannot be used never becomes 0: the client
 * is flagged in its Signalen cell with the column and the cell address, and left unclassified when the
 * class depends on the cell. Sheet rows: 2 Aalders, 3 Bakker, 4 Claes, 5 De Vries.
 */
import type { CellValue } from '../../src/engine';
import { FOUR, classifySheet, model, withCell, type BadInputCase } from './harness';

const A1 = { select: ['A1'] } as const;
const scores = (o: { outcome?: { run: { scores: Float64Array } } }) => Array.from(o.outcome!.run.scores);
const classes = (o: { outcome?: { run: { classIndex: Int16Array } } }) => Array.from(o.outcome!.run.classIndex);

/** Omzet as text, in the given notation; the order of the amounts is FOUR's, so the scores are too. */
const revenueAsText = (texts: readonly CellValue[]) => FOUR.map((r, i) => (i === 0 ? r : [r[0]!, texts[i - 1]!, ...r.slice(2)]));

const LONG_NOTE = 'Zie de notitie van het jaargesprek. '.repeat(150);

export const valueCases: readonly BadInputCase[] = [
  {
    id: 19,
    title: 'amounts and scores as text in Dutch notation',
    // "3.000" alone could be 3 or 3000; the other texts use the Dutch comma, so it is 3000.
    arrange: () =>
      classifySheet(
        revenueAsText(['€ 4.000,00', '3.000', '2.000,50', '1.000']).map((r, i) => (i === 1 ? [r[0]!, r[1]!, '3', '2', '2'] : r)),
        A1,
      ),
    expect: { kind: 'runs' },
    also: (o) => {
      expect(Array.from(o.outcome!.run.revenue)).toEqual([4000, 3000, 2000.5, 1000]);
      expect(scores(o)).toEqual([29, 21, 11, 1]);
    },
  },
  {
    id: 20,
    title: 'amounts as text in English notation',
    arrange: () => classifySheet(revenueAsText(['€4,000.00', '3,000', '2,000.50', '1,000']), A1),
    expect: { kind: 'runs' },
    also: (o) => {
      expect(Array.from(o.outcome!.run.revenue)).toEqual([4000, 3000, 2000.5, 1000]);
      expect(scores(o)).toEqual([29, 21, 11, 1]);
    },
  },
  {
    id: 21,
    title: '"n.v.t." as a score',
    arrange: () => classifySheet(withCell(2, 'Portfolio', 'n.v.t.'), A1),
    expect: {
      kind: 'flags',
      row: 2,
      message: { code: 'client.missing', params: { column: 'Portfolio', address: 'Klanten!C2', text: '' } },
    },
    also: (o) => {
      expect(classes(o)[0]).toBe(-1);
    },
  },
  {
    id: 22,
    title: '"-" as a score',
    arrange: () => classifySheet(withCell(3, 'Netwerk', '-'), A1),
    expect: { kind: 'flags', row: 3, message: { code: 'client.missing', params: { column: 'Netwerk', address: 'Klanten!D3', text: '' } } },
    also: (o) => {
      expect(classes(o)[1]).toBe(-1);
    },
  },
  {
    id: 23,
    title: 'an error value #N/A in a score column',
    arrange: () => classifySheet(withCell(4, 'Portfolio', { error: '#N/A' }), A1),
    expect: {
      kind: 'flags',
      row: 4,
      message: { code: 'client.invalid.error', params: { column: 'Portfolio', address: 'Klanten!C4', text: '#N/A' } },
    },
    also: (o) => {
      expect(classes(o)[2]).toBe(-1);
    },
  },
  {
    id: 24,
    title: 'an error value #DIV/0! in the revenue column (Excel)',
    arrange: () => classifySheet(withCell(3, 'Omzet', { error: '#DIV/0!' }), { ...A1, adapter: 'excel' }),
    expect: {
      kind: 'flags',
      row: 3,
      message: { code: 'client.invalid.error', params: { column: 'Omzet', address: 'Klanten!B3', text: '#DIV/0!' } },
    },
    also: (o) => {
      expect(classes(o)[1]).toBe(-1);
    },
  },
  {
    id: 25,
    title: 'TRUE/FALSE in a score column',
    arrange: () => classifySheet(withCell(2, 'Portfolio', true), A1),
    expect: {
      kind: 'flags',
      row: 2,
      message: { code: 'client.invalid.boolean', params: { column: 'Portfolio', address: 'Klanten!C2', text: 'WAAR' } },
    },
    also: (o) => {
      expect(classes(o)[0]).toBe(-1);
    },
  },
  {
    id: 26,
    title: 'a date in the revenue column (revenue is a criterion)',
    // The memory sheet stores a date as Excel does: a serial number with a date format.
    arrange: () => classifySheet(withCell(2, 'Omzet', new Date(2024, 0, 15)), A1),
    expect: {
      kind: 'flags',
      row: 2,
      message: { code: 'client.invalid.date', params: { column: 'Omzet', address: 'Klanten!B2', text: '2024-01-15' } },
    },
    also: (o) => {
      expect(classes(o)[0]).toBe(-1);
    },
  },
  {
    id: 27,
    title: 'a date in the revenue column (revenue used only for shares)',
    arrange: () =>
      classifySheet(withCell(2, 'Omzet', new Date(2024, 0, 15)), {
        ...A1,
        model: model({
          revenue: 'Omzet',
          criteria: [
            { name: 'Portfolio', weight: 2 },
            { name: 'Netwerk', weight: 3 },
            { name: 'Samenwerking', weight: 1 },
          ],
          classification: { method: 'score', thresholds: [0.7, 0.45, 0.2], labels: ['A', 'B', 'C', 'D'] },
        }),
      }),
    // Shares need an amount; the class does not, so Aalders is still classified.
    expect: {
      kind: 'flags',
      row: 2,
      message: { code: 'client.revenueInvalid', params: { column: 'Omzet', address: 'Klanten!B2', text: '2024-01-15' } },
    },
    also: (o) => {
      expect(classes(o)[0]).toBe(0);
      expect(o.wb!.requireSheet('Klanten').isFilled(1, 9)).toBe(false);
    },
  },
  {
    id: 28,
    title: 'negative revenue (a credit note)',
    arrange: () => classifySheet(withCell(4, 'Omzet', -200), A1),
    expect: { kind: 'flags', row: 4, message: { code: 'client.negativeRevenue', params: { address: 'Klanten!B4', value: -200 } } },
    // Still a client with a class; its share of revenue counts it as 0.
    also: (o) => {
      expect(classes(o)[2]).toBeGreaterThanOrEqual(0);
      expect(o.outcome!.run.revenueShare[2]).toBe(0);
    },
  },
  {
    id: 29,
    title: 'all revenue zero',
    arrange: () =>
      classifySheet(
        FOUR.map((r, i) => (i === 0 ? r : [r[0]!, 0, ...r.slice(2)])),
        A1,
      ),
    expect: { kind: 'warns', message: { code: 'workbook.revenueAllZero', params: { column: 'Omzet', address: 'Klanten!B2:B5' } } },
    also: (o) => {
      // Everyone ties on Omzet (quantile score 0), the other criteria still rank them.
      expect(scores(o)).toEqual([14, 11, 6, 1]);
      const report = o.wb!.readSheet(o.outcome!.reportSheet!).map((r) => r[0]);
      expect(report).toContain('Geen omzet boven 0 in kolom "Omzet": omzetaandelen en Pareto-grafiek ontbreken.');
    },
  },
  {
    id: 30,
    title: 'all scores equal',
    arrange: () =>
      classifySheet(
        FOUR.map((r, i) => (i === 0 ? r : [r[0]!, 100, 2, 2, 2])),
        A1,
      ),
    // Omzet ties (score 0), the rest is 2·2 + 2·3 + 2·1 = 12 of 33 = 36% → everyone C.
    expect: { kind: 'warns', message: { code: 'workbook.emptyClasses', params: { labels: 'A, B, D' } } },
    also: (o) => {
      expect(classes(o)).toEqual([2, 2, 2, 2]);
    },
  },
  {
    id: 31,
    title: 'a score outside 0..3',
    arrange: () => classifySheet(withCell(2, 'Portfolio', 5), A1),
    expect: {
      kind: 'flags',
      row: 2,
      message: { code: 'client.outOfRange', params: { column: 'Portfolio', address: 'Klanten!C2', value: 5, max: 3 } },
    },
    also: (o) => {
      expect(classes(o)[0]).toBe(-1);
    },
  },
  {
    id: 32,
    title: 'a fractional score where whole numbers are expected',
    arrange: () => classifySheet(withCell(2, 'Portfolio', 2.5), A1),
    expect: {
      kind: 'flags',
      row: 2,
      message: { code: 'client.fractional', params: { column: 'Portfolio', address: 'Klanten!C2', value: 2.5 } },
    },
    // Counted as it stands: 3·5 + 2,5·2 + 2·3 + 2·1 = 28.
    also: (o) => {
      expect(scores(o)[0]).toBe(28);
    },
  },
  {
    id: 33,
    title: 'very long text in a score cell (and a 32,767-character client name)',
    arrange: () =>
      classifySheet(
        withCell(2, 'Netwerk', LONG_NOTE).map((r, i) => (i === 3 ? ['C'.repeat(32_767), ...r.slice(1)] : r)),
        A1,
      ),
    expect: {
      kind: 'flags',
      row: 2,
      message: { code: 'client.invalid.text', params: { column: 'Netwerk', address: 'Klanten!D2', text: `${LONG_NOTE.slice(0, 59)}…` } },
    },
    also: ({ wb }) => {
      // No written cell is longer than Excel's 32,767 characters; the long name itself is left as it was.
      const sheet = wb!.requireSheet('Klanten');
      for (let r = 0; r < 5; r++) for (let c = 5; c < 13; c++) expect(String(sheet.value(r, c) ?? '').length).toBeLessThanOrEqual(32_767);
      expect(sheet.value(3, 0)).toBe('C'.repeat(32_767));
    },
  },
  {
    id: 34,
    title: 'merged cells in a score column: Netwerk merged over D3:D4 (Excel)',
    // Excel keeps the merged value (2) in D3 only; D4 reads as empty, so Claes has no Netwerk score.
    arrange: () => classifySheet(withCell(4, 'Netwerk', null), { ...A1, adapter: 'excel' }),
    expect: { kind: 'flags', row: 4, message: { code: 'client.missing', params: { column: 'Netwerk', address: 'Klanten!D4', text: '' } } },
    also: (o) => {
      expect(classes(o)[2]).toBe(-1);
    },
  },
];
