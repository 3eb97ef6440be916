/**
 * The Excel pipeline through the typed Office.js fake (test/support/officeFake): the real ExcelPort
 * and createSession, against a fake host that applies Office.js's rules and logs every sync() with
 * its request bytes (the JSON of the queued operations, as they travel), response bytes and the
 * largest number of cells one load read. We measure what a user does: open the pane (detectTable),
 * then one click (classify: read, run the engine, write the result columns and the report sheet).
 * Runs inside a benchmark child process.
 */
import { performance } from 'node:perf_hooks';
import { ExcelPort } from '../src/workbook/excel';
import { FakeExcel } from '../test/support/officeFake';
import { MemoryWorkbook } from '../src/workbook/memory';
import { createSession } from '../src/workbook/createSession';
import { benchModel, clientRows } from './data';

export interface ExcelChildResult {
  readonly rows: number;
  /** classify(): the one-click run. */
  readonly syncs: number | null;
  readonly maxRequestBytes: number | null;
  readonly maxCellsPerRead: number | null;
  readonly ms: number | null;
  readonly maxResponseBytes?: number;
  /** detectTable() before it (opening the pane). */
  readonly detectSyncs?: number;
  readonly detectMs?: number;
  readonly classified?: number;
  readonly error?: string;
}

export async function measureExcel(rows: number): Promise<ExcelChildResult> {
  const data = clientRows(rows);
  const workbook = new MemoryWorkbook();
  workbook.loadSheet('Klanten', [data.header, ...data.rows]);
  workbook.select('Klanten', 'A1');
  const host = new FakeExcel(workbook);
  const session = createSession(new ExcelPort(host.run), 'nl', { now: () => new Date(2026, 0, 31) });

  const t0 = performance.now();
  await session.detectTable();
  const detectMs = performance.now() - t0;
  const detectSyncs = host.syncCount;
  host.resetLog();

  const t1 = performance.now();
  const outcome = await session.classify(benchModel('score'));
  const ms = performance.now() - t1;
  const s = host.summary();
  return {
    rows,
    syncs: s.syncs,
    maxRequestBytes: s.maxRequestBytes,
    maxCellsPerRead: s.maxCellsPerRead,
    ms,
    maxResponseBytes: s.maxResponseBytes,
    detectSyncs,
    detectMs,
    classified: outcome.run.count,
  };
}
