/**
 * Issue 11, defect 5: a failed write must never leave debris that "Resultaten verwijderen" cannot
 * remove. Fault injection in the Office.js fake: every request (sync) of a run fails in turn, and
 * every write operation in turn (Excel stops a batch at the failing operation; the ones before it
 * stay applied). After each failure, remove-results must give back the original workbook exactly:
 * every cell, format, conditional format, chart, table, sheet and setting.
 */
import { ExcelPort } from '../../src/workbook/excel';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { createSession } from '../../src/workbook/createSession';
import { FakeExcel, type InjectedFailure } from '../support/officeFake';
import { TODAY } from './fixtures';
import { bigClientWorkbook, SIX_CRITERIA_MODEL } from './generate';

/** A small request budget makes a 2k-row write span several requests, as 100k rows do with the real one. */
const SMALL_BUDGET = { requestBytes: 60_000, responseBytes: 3_500_000, cellsPerRead: 1_000_000 };

function session(fake: FakeExcel, small = false) {
  return createSession(new ExcelPort(fake.run, ...(small ? [SMALL_BUDGET] : [])), 'nl', { now: () => TODAY });
}

/** Counts of one clean run: syncs, and write operations across all its syncs. */
async function cleanRun(make: () => MemoryWorkbook, small = false): Promise<{ syncs: number; writes: number; writingSyncs: number }> {
  const fake = new FakeExcel(make());
  await session(fake, small).classify(SIX_CRITERIA_MODEL);
  const writing = fake.syncLog.filter((s) => s.writes > 0);
  return { syncs: fake.syncCount, writes: writing.reduce((n, s) => n + s.writes, 0), writingSyncs: writing.length };
}

/** Classify with one injected failure, then remove results without one: the workbook must be the original. */
async function failThenRemove(make: () => MemoryWorkbook, fault: InjectedFailure, small = false): Promise<void> {
  const wb = make();
  const original = wb.snapshot();
  const fake = new FakeExcel(wb);
  fake.failAt(fault);
  await expect(session(fake, small).classify(SIX_CRITERIA_MODEL)).rejects.toThrow(/Injected failure|workbook\./);
  fake.failAt(undefined);
  await session(fake, small).removeResults();
  expect(wb.snapshot()).toEqual(original);
}

describe('a failed write is always undone by remove-results (fault injection)', () => {
  const plain = () => bigClientWorkbook(10_000);

  it('10k-row table: request k fails, for every k', async () => {
    const { syncs } = await cleanRun(plain);
    expect(syncs).toBeGreaterThanOrEqual(3);
    for (let k = 1; k <= syncs; k++) await failThenRemove(plain, { sync: k });
  }, 300_000);

  it('2k-row table written in several requests: write operation k fails (the ones before it applied), for every k', async () => {
    const small = () => bigClientWorkbook(2_000);
    const { writes, writingSyncs } = await cleanRun(small, true);
    // Record, header, formats, colour rules, report sheet and chart, values in chunks, model: dozens of operations.
    expect(writingSyncs).toBeGreaterThan(2);
    expect(writes).toBeGreaterThan(20);
    for (let k = 1; k <= writes; k++) await failThenRemove(small, { writeOperation: k }, true);
  }, 300_000);

  it('Excel Table whose columns are added one by one: write operation k fails, for every k', async () => {
    const table = () => {
      const wb = bigClientWorkbook(300);
      wb.addTable('Klanten2026', 'Klanten', 'A1:G301');
      return wb;
    };
    const { writes } = await cleanRun(table);
    for (let k = 1; k <= writes; k++) await failThenRemove(table, { writeOperation: k });
  }, 300_000);

  it('user data in the way, columns inserted: write operation k fails, for every k', async () => {
    const blocked = () => {
      const wb = bigClientWorkbook(300);
      // A note right of the table, where our columns go: the run inserts sheet columns.
      wb.loadSheet('Klanten', [['Notitie'], ['bel terug']], 'H1');
      return wb;
    };
    const insertRun = async (wb: MemoryWorkbook, fake = new FakeExcel(wb)) => {
      await createSession(new ExcelPort(fake.run), 'nl', { now: () => TODAY }).classify(SIX_CRITERIA_MODEL, { insertColumns: true });
      return fake;
    };
    const clean = await insertRun(blocked());
    const writes = clean.syncLog.reduce((n, s) => n + s.writes, 0);
    for (let k = 1; k <= writes; k++) {
      const wb = blocked();
      const original = wb.snapshot();
      const fake = new FakeExcel(wb);
      fake.failAt({ writeOperation: k });
      await expect(insertRun(wb, fake)).rejects.toThrow();
      fake.failAt(undefined);
      await session(fake).removeResults();
      expect(wb.snapshot()).toEqual(original);
    }
  }, 300_000);
});
