/**
 * Data safety as a property: random client tables (bad cells among the good ones) at random places,
 * with random user cells, formulas and sheets around them, as a plain range or an Excel Table, with
 * filtered rows included or skipped, in Dutch or English. Classify, re-run, remove results; then
 *   - a run that stops has changed nothing at all;
 *   - every cell the user had is unchanged (when the user let us insert columns: moved right, intact);
 *   - the cells we wrote were empty before;
 *   - a re-run leaves the workbook identical;
 *   - removing the results restores every sheet exactly.
 * Seeded, so CI runs the same sheets every time; a failure prints its seed and path to replay it.
 */
import fc from 'fast-check';
import { columnLetter, presetModel, type CellValue, type PresetId, type ScoringModel } from '../../src/engine';
import { ExcelPort } from '../../src/workbook/excel';
import { FakeExcel } from '../support/officeFake';
import { MemoryPort, MemoryWorkbook, type Scalar } from '../../src/workbook/memory';
import { parseA1 } from '../../src/workbook/cells';
import { createSession } from '../../src/workbook/createSession';
import { RESULT_COLUMN_COUNT } from '../../src/workbook/results';
import { KlantwaardeError, type ClassifyOutcome, type KlantwaardeSession } from '../../src/workbook/session';
import { TODAY } from '../workbook/fixtures';
import { t, type Lang } from '../../src/i18n/catalog';

const SEED = 20_261_125;
const HEADER = ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking'];
const WIDTH = HEADER.length;

const name = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom('Aalders', 'Bakkerij De Vries B.V.', 'Claes', 'Huisartsenpraktijk Jansen', 'Kapsalon Smit', 'Totaal'),
  },
  { weight: 1, arbitrary: fc.constantFrom('=HYPERLINK("https://example.org","x")', '+31 Bakker', '-Claes', '@Home', "'quote") },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '') },
);
const revenue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -5_000, max: 500_000 }) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, 'n.v.t.', '€ 1.234,50', '1,234.50', { error: '#N/A' }, true) },
);
const score: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, '-', 'n.v.t.', 7, 2.5, '2', { error: '#DIV/0!' }, false, '=SOM(A1)') },
);
const clientRow = fc.tuple(name, revenue, score, score, score).map((r) => [...r] as CellValue[]);
const userValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer(),
  fc.string({ maxLength: 8 }),
  fc.boolean(),
  fc.constantFrom<CellValue>('=A1', '+x', { error: '#REF!' }),
);

interface Scenario {
  readonly origin: { row: number; column: number };
  readonly clients: CellValue[][];
  readonly pick: { row: number; column: number };
  /** User cells; those that would touch the table or our block are left out (they would join the table). */
  readonly cells: readonly { row: number; column: number; value: CellValue; formula: boolean }[];
  /** A user note in the result columns (the run must stop; with "insert columns" it moves right). */
  readonly inTheWay?: { row: number; column: number };
  readonly otherSheet: readonly (readonly CellValue[])[];
  readonly reportNameTaken: boolean;
  readonly preset: PresetId;
  /** The clients as an Excel Table (our columns then become table columns). */
  readonly asTable: boolean;
  /** Client rows hidden by a filter, and whether the run skips them. */
  readonly hidden: readonly number[];
  readonly skipHidden: boolean;
  readonly lang: Lang;
  /** A user note in the column just right of our block: after the first run it touches our columns. */
  readonly rightNote?: { row: number };
}

const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    origin: fc.record({ row: fc.integer({ min: 0, max: 6 }), column: fc.integer({ min: 0, max: 6 }) }),
    clients: fc.array(clientRow, { minLength: 1, maxLength: 12 }),
    pick: fc.record({ row: fc.nat(), column: fc.nat() }),
    cells: fc.array(
      fc.record({ row: fc.integer({ min: 0, max: 30 }), column: fc.integer({ min: 0, max: 30 }), value: userValue, formula: fc.boolean() }),
      { maxLength: 25 },
    ),
    inTheWay: fc.option(fc.record({ row: fc.nat(), column: fc.nat() }), { nil: undefined, freq: 2 }),
    otherSheet: fc.array(fc.array(userValue, { maxLength: 4 }), { maxLength: 4 }),
    reportNameTaken: fc.boolean(),
    asTable: fc.boolean(),
    hidden: fc.array(fc.nat(11), { maxLength: 4 }),
    skipHidden: fc.boolean(),
    lang: fc.constantFrom<Lang>('nl', 'en'),
    rightNote: fc.option(fc.record({ row: fc.nat() }), { nil: undefined, freq: 2 }),
    // abcdScore asks for columns this table lacks: a stop, which must change nothing.
    preset: fc.oneof(
      { weight: 3, arbitrary: fc.constant<PresetId>('scoringsmatrix') },
      { weight: 2, arbitrary: fc.constant<PresetId>('pareto8095') },
      { weight: 2, arbitrary: fc.constant<PresetId>('klantenpiramide') },
      { weight: 1, arbitrary: fc.constant<PresetId>('abcdScore') },
    ),
  })
  .map((s) => s as Scenario);

/** The table with our future block beside it, grown by one cell all round: user cells placed there would join the table. */
function nearTable(s: Scenario, row: number, column: number): boolean {
  const { row: r0, column: c0 } = s.origin;
  return row >= r0 - 1 && row <= r0 + s.clients.length + 1 && column >= c0 - 1 && column <= c0 + WIDTH + RESULT_COLUMN_COUNT;
}

function build(s: Scenario): { wb: MemoryWorkbook; outputColumn: number } {
  const wb = new MemoryWorkbook();
  const { row: r0, column: c0 } = s.origin;
  const sheet = wb.addSheet('Klanten');
  for (const c of s.cells) {
    if (nearTable(s, c.row, c.column)) continue;
    if (c.formula) sheet.setFormula(c.row, c.column, '=1+1', 2);
    else sheet.setValue(c.row, c.column, c.value as Scalar);
  }
  wb.loadSheet('Klanten', [HEADER, ...s.clients], at(r0, c0));
  const outputColumn = c0 + WIDTH;
  if (s.inTheWay) {
    // Not in the first result column: that would touch the table and so become part of it.
    sheet.setValue(
      r0 + (s.inTheWay.row % (s.clients.length + 1)),
      outputColumn + 1 + (s.inTheWay.column % (RESULT_COLUMN_COUNT - 1)),
      'mijn notitie',
    );
  }
  if (s.rightNote) sheet.setValue(r0 + (s.rightNote.row % (s.clients.length + 1)), outputColumn + RESULT_COLUMN_COUNT, 'notitie rechts');
  for (const r of s.hidden) if (r < s.clients.length) sheet.hiddenRows.add(r0 + 1 + r);
  if (s.asTable) wb.addTable('Klanten', 'Klanten', `${at(r0, c0)}:${at(r0 + s.clients.length, c0 + WIDTH - 1)}`);
  if (s.otherSheet.length > 0) wb.loadSheet('Notities', s.otherSheet as CellValue[][]);
  if (s.reportNameTaken) wb.loadSheet(t(s.lang, 'report.title', { year: '2026' }), [['Mijn eigen analyse']]);
  wb.select('Klanten', at(r0 + (s.pick.row % (s.clients.length + 1)), c0 + (s.pick.column % WIDTH)));
  return { wb, outputColumn };
}

const at = (row: number, column: number): string => `${columnLetter(column)}${row + 1}`;

/** Every cell of a sheet as "row,col" → its content (value, formula, format, fill, bold). */
function cellsOf(wb: MemoryWorkbook, sheet: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of wb.requireSheet(sheet).snapshot()) {
    const m = /^(\d+),(\d+) (.*)$/.exec(line);
    if (m) map.set(`${m[1]},${m[2]}`, m[3]!);
  }
  return map;
}

type Adapter = 'memory' | 'excel';
const sessionFor = (wb: MemoryWorkbook, adapter: Adapter, lang: Lang): KlantwaardeSession =>
  createSession(adapter === 'memory' ? new MemoryPort(wb) : new ExcelPort(new FakeExcel(wb).run), lang, { now: () => TODAY });

type Attempt = { readonly ok: true; readonly outcome: ClassifyOutcome } | { readonly ok: false; readonly code: string };

async function attempt(
  session: KlantwaardeSession,
  wb: MemoryWorkbook,
  model: ScoringModel,
  insertColumns: boolean,
  skipHiddenRows: boolean,
): Promise<Attempt> {
  const before = JSON.stringify(wb.snapshot());
  try {
    return { ok: true, outcome: await session.classify(model, { insertColumns, skipHiddenRows }) };
  } catch (e) {
    if (!(e instanceof KlantwaardeError)) throw e;
    // A stop is a stop before writing: not one cell, format, sheet or setting changed.
    expect(JSON.stringify(wb.snapshot())).toBe(before);
    return { ok: false, code: e.detail.code };
  }
}

async function property(adapter: Adapter, s: Scenario): Promise<void> {
  const model = presetModel(s.preset);
  const { wb, outputColumn } = build(s);
  const original = wb.snapshot();
  const userCells = cellsOf(wb, 'Klanten');
  const session = sessionFor(wb, adapter, s.lang);

  let first = await attempt(session, wb, model, false, s.skipHidden);
  let inserted = false;
  if (!first.ok && first.code === 'workbook.outputOccupied') {
    first = await attempt(session, wb, model, true, s.skipHidden);
    inserted = first.ok;
  }
  if (!first.ok) return;

  const block = parseA1(first.outcome.resultAddress.split('!')[1]!)!;
  expect(block.column).toBe(outputColumn);
  const after = cellsOf(wb, 'Klanten');
  const inBlock = (row: number, column: number) =>
    row >= block.row && row < block.row + block.rowCount && column >= block.column && column < block.column + block.columnCount;
  for (const [key, content] of userCells) {
    const [row, column] = key.split(',').map(Number) as [number, number];
    // Without insertion nothing of the user's may sit where we wrote; with it, columns from ours on moved right.
    if (!inserted) expect({ key, inBlock: inBlock(row, column) }).toEqual({ key, inBlock: false });
    const now = inserted && column >= outputColumn ? `${row},${column + RESULT_COLUMN_COUNT}` : key;
    expect({ key, content: after.get(now) }).toEqual({ key, content });
  }
  for (const name of Object.keys(original.sheets)) {
    if (name !== 'Klanten') expect({ name, cells: wb.requireSheet(name).snapshot() }).toEqual({ name, cells: original.sheets[name] });
  }

  const once = wb.snapshot();
  const second = await attempt(session, wb, model, inserted, s.skipHidden);
  expect(second.ok).toBe(true);
  expect(wb.snapshot()).toEqual(once);

  await session.removeResults();
  expect(wb.snapshot().sheets).toEqual(original.sheets);
  expect(wb.snapshot().tables).toEqual(original.tables);
}

describe('data safety on random sheets (seed ' + SEED + ')', () => {
  it.each<[Adapter, number]>([
    ['memory', 150],
    ['excel', 60],
  ])("%s adapter: classify, re-run and remove leave the user's cells as they were", async (adapter, numRuns) => {
    await fc.assert(
      fc.asyncProperty(scenario, (s) => property(adapter, s)),
      { seed: SEED, numRuns },
    );
  });
});
