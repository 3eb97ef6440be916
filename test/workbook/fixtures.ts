import type { CellValue, MessageParams } from '../../src/engine';
import type { CatalogKey, Lang } from '../../src/i18n/catalog';
import { carriedMessage } from '../../src/i18n/errorText';
import { ExcelPort } from '../../src/workbook/excel';
import { FakeExcel } from '../support/officeFake';
import { MemoryPort, MemoryWorkbook } from '../../src/workbook/memory';
import { createSession } from '../../src/workbook/createSession';
import type { WorkbookPort } from '../../src/workbook/port';
import type { KlantwaardeSession } from '../../src/workbook/session';

/** The report year and date every test sees. */
export const TODAY = new Date(2026, 10, 25);

/**
 * Four clients for the seed's scoring matrix (Omzet 5, Portfolio 2, Netwerk 3, Samenwerking 1; max 33).
 * Revenue 400/300/200/100 gives quantile scores 3/2/1/0 (L = clients strictly lower, n = 4), so:
 *   Aalders  3·5 + 3·2 + 2·3 + 2·1 = 29 → 87.9% → A
 *   Bakker   2·5 + 2·2 + 2·3 + 1·1 = 21 → 63.6% → B
 *   Claes    1·5 + 1·2 + 1·3 + 1·1 = 11 → 33.3% → C
 *   De Vries 0·5 + 0·2 + 0·3 + 1·1 =  1 →  3.0% → D
 * followed by a totals row, which is not a client.
 */
export const CLIENTS: CellValue[][] = [
  ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking'],
  ['Aalders', 400, 3, 2, 2],
  ['Bakker', 300, 2, 2, 1],
  ['Claes', 200, 1, 1, 1],
  ['De Vries', 100, 0, 0, 1],
  ['Totaal', 1000, null, null, null],
];
export const EXPECTED = [
  { name: 'Aalders', score: 29, label: 'A', rank: 1, share: 0.4 },
  { name: 'Bakker', score: 21, label: 'B', rank: 2, share: 0.3 },
  { name: 'Claes', score: 11, label: 'C', rank: 3, share: 0.2 },
  { name: 'De Vries', score: 1, label: 'D', rank: 4, share: 0.1 },
];

/** A workbook with the client table at `origin` on sheet "Klanten" (and nothing else). */
export function clientWorkbook(rows: CellValue[][] = CLIENTS, origin = 'A1'): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.loadSheet('Klanten', rows, origin);
  return wb;
}

export interface Adapter {
  readonly name: string;
  port(wb: MemoryWorkbook): WorkbookPort;
}

export const memoryAdapter: Adapter = { name: 'memory', port: (wb) => new MemoryPort(wb) };
export const excelAdapter: Adapter = { name: 'excel (Office.js fake)', port: (wb) => new ExcelPort(new FakeExcel(wb).run) };

export function sessionFor(adapter: Adapter, wb: MemoryWorkbook, lang: Lang = 'nl'): KlantwaardeSession {
  return createSession(adapter.port(wb), lang, { now: () => TODAY });
}

/** Sheets and tables (not settings) as comparable data. */
export function sheetsOf(wb: MemoryWorkbook): unknown {
  const { sheets, tables } = wb.snapshot();
  return { sheets, tables };
}

/** Runs a promise that must fail with a KlantwaardeError and returns its message. */
export async function failure(p: Promise<unknown>): Promise<{ code: CatalogKey; params: MessageParams }> {
  try {
    await p;
  } catch (e) {
    const detail = carriedMessage(e);
    if (!detail) throw e;
    return { code: detail.code, params: detail.params ?? {} };
  }
  throw new Error('expected a KlantwaardeError, but the call succeeded');
}
