import fc from 'fast-check';
import { validateModel, type CellValue } from '../../src/engine';
import type { MemoryWorkbook } from '../../src/workbook/memory';
import { SETTINGS_KEYS } from '../../src/workbook/results';
import { KlantwaardeError } from '../../src/workbook/session';
import { clientWorkbook, excelAdapter, memoryAdapter, sessionFor } from './fixtures';

const v = validateModel({
  version: 1, name: 'Eigenschap', scaleMax: 3, revenue: 'Omzet',
  criteria: [{ name: 'Omzet', weight: 3, scoring: { type: 'quantiles' } }, { name: 'K1', weight: 2 }, { name: 'K2', weight: 1 }, { name: 'K3', weight: 1 }],
  classification: { method: 'score', thresholds: [0.6, 0.3], labels: ['A', 'B', 'C'] },
});
if (!v.ok) throw new Error('invalid test model');
const MODEL = v.model;
const HEADER = ['Klant', 'Omzet', 'K1', 'K2', 'K3'];
const BLOCK = 8;

const name = fc.oneof(
  fc.constantFrom('Aalders', 'Bakker & Zn', '=HYPERLINK("http://x","y")', '+31 Holding', '-', '@home', "'t Hof", 'Één BV'),
  fc.string({ maxLength: 12 }),
  fc.constant(null),
);
const score = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom(null, 'n.v.t.', 'x', 4));
const revenue = fc.oneof(fc.integer({ min: -500, max: 100_000 }), fc.constantFrom(null, '1.234,50', 'onbekend'));
const clientRow = fc.tuple(name, revenue, score, score, score);
const note = fc.record({ row: fc.integer({ min: 0, max: 40 }), column: fc.integer({ min: 0, max: 30 }), value: fc.oneof(fc.string({ maxLength: 8 }), fc.integer()) });

const scenario = fc.record({
  excel: fc.boolean(),
  lang: fc.constantFrom('nl' as const, 'en' as const),
  origin: fc.record({ row: fc.integer({ min: 0, max: 6 }), column: fc.integer({ min: 0, max: 5 }) }),
  clients: fc.array(clientRow, { minLength: 1, maxLength: 20 }),
  asTable: fc.boolean(),
  hidden: fc.array(fc.nat(19), { maxLength: 4 }),
  skipHidden: fc.boolean(),
  notes: fc.array(note, { maxLength: 25 }),
  rightNote: fc.option(fc.record({ row: fc.nat(20), value: fc.string({ minLength: 1, maxLength: 6 }) }), { nil: undefined }),
  blockNote: fc.option(fc.record({ row: fc.nat(20), column: fc.integer({ min: 1, max: BLOCK - 1 }) }), { nil: undefined }),
  insertColumns: fc.boolean(),
  otherSheet: fc.array(fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxLength: 4 }), { maxLength: 4 }),
  reportClash: fc.boolean(),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** Cells as a map "row,col" → content JSON, from the sheet's snapshot lines. */
function cellMap(wb: MemoryWorkbook, sheet: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of wb.requireSheet(sheet).snapshot()) {
    const m = /^(\d+),(\d+) (.*)$/.exec(line);
    if (m) map.set(`${m[1]},${m[2]}`, m[3]!);
  }
  return map;
}

function build(s: Scenario) {
  const rows: CellValue[][] = [HEADER, ...s.clients.map((c) => [...c])];
  const o = s.origin;
  const wb = clientWorkbook(rows, `${String.fromCharCode(65 + o.column)}${o.row + 1}`);
  const sheet = wb.requireSheet('Klanten');
  const table = { row: o.row, column: o.column, rowCount: rows.length, columnCount: HEADER.length };
  const output = table.column + table.columnCount;
  // Nothing may touch the table or our future block (it would join the region); only the column right after the block.
  const near = (r: number, c: number, rect: { row: number; column: number; rowCount: number; columnCount: number }) =>
    r >= rect.row - 1 && r <= rect.row + rect.rowCount && c >= rect.column - 1 && c <= rect.column + rect.columnCount;
  const union = { row: table.row, column: table.column, rowCount: table.rowCount, columnCount: table.columnCount + BLOCK };
  let right: { row: number; column: number } | undefined;
  if (s.rightNote) {
    right = { row: table.row + (s.rightNote.row % table.rowCount), column: output + BLOCK };
    sheet.setValue(right.row, right.column, s.rightNote.value);
  }
  for (const n of s.notes) {
    if (near(n.row, n.column, union) || (right && Math.abs(n.row - right.row) <= 1 && Math.abs(n.column - right.column) <= 1)) continue;
    sheet.setValue(n.row, n.column, n.value);
  }
  if (s.blockNote) sheet.setValue(table.row + (s.blockNote.row % table.rowCount), output + s.blockNote.column, 'bezet');
  for (const r of s.hidden) if (r < s.clients.length) sheet.hiddenRows.add(table.row + 1 + r);
  if (s.asTable) wb.addTable('Klanten', 'Klanten', `${String.fromCharCode(65 + o.column)}${o.row + 1}:${String.fromCharCode(65 + o.column + 4)}${o.row + rows.length}`);
  if (s.otherSheet.length > 0) wb.loadSheet('Notities', s.otherSheet);
  if (s.reportClash) wb.loadSheet(s.lang === 'nl' ? 'Klantanalyse 2026' : 'Client analysis 2026', [['eigen blad']]);
  wb.select('Klanten', `${String.fromCharCode(65 + o.column + 1)}${o.row + 2}`);
  return { wb, output };
}

describe('data safety (seeded property test)', () => {
  it('keeps every pre-existing cell through classify, re-run and remove; a re-run changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const { wb, output } = build(s);
        const session = sessionFor(s.excel ? excelAdapter : memoryAdapter, wb, s.lang);
        const original = wb.snapshot();
        const before = new Map(wb.sheetNames().map((n) => [n, cellMap(wb, n)]));
        let inserted = false;
        try {
          const outcome = await session.classify(MODEL, { insertColumns: s.insertColumns, skipHiddenRows: s.skipHidden });
          inserted = s.blockNote !== undefined;
          expect(outcome.resultAddress).toContain(`!${String.fromCharCode(65 + output)}`);
        } catch (e) {
          // A refusal (occupied cells, no clients, …) must leave the workbook exactly as it was.
          expect(e).toBeInstanceOf(KlantwaardeError);
          expect(wb.snapshot()).toEqual(original);
          return;
        }
        // Every cell that existed is still there, moved right by our columns only if columns were inserted.
        for (const [sheet, cells] of before) {
          const after = cellMap(wb, sheet);
          for (const [key, content] of cells) {
            const [r, c] = key.split(',').map(Number) as [number, number];
            const moved = sheet === 'Klanten' && inserted && c >= output ? c + BLOCK : c;
            expect(after.get(`${r},${moved}`)).toBe(content);
          }
        }
        const once = wb.snapshot();
        await session.classify(MODEL, { insertColumns: s.insertColumns, skipHiddenRows: s.skipHidden });
        expect(wb.snapshot()).toEqual(once);
        await session.removeResults();
        const restored = wb.snapshot();
        expect(restored.sheets).toEqual(original.sheets);
        expect(restored.tables).toEqual(original.tables);
        expect(restored.settings[SETTINGS_KEYS.results]).toBeUndefined();
      }),
      { seed: 20261125, numRuns: 80 },
    );
  });
});
