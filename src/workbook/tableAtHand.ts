import { columnLetter, isBlank, type CellValue, type ScoringModel } from '../engine';
import type { CatalogMessage } from '../i18n/catalog';
import { thrownText } from '../i18n/errorText';
import { rangeAddress, type CellRange } from './cells';
import type { LocatedTable, TableContent, TableReadRequest, WorkbookPort, WorkbookState } from './port';
import { EMPTY_RECORD, parseRecord, SETTINGS_KEYS, type ResultsRecord } from './results';
import { KlantwaardeError } from './session';
import {
  clientRowsBelow,
  locateHeaderRow,
  readClientRowsBelow,
  rowsToReadBelow,
  withoutTrailingBlankRows,
  type HeaderDetection,
} from './tableEdges';
import { planTable, type TablePlan } from './tablePlan';

/** Progress shares of a classify run: reading, the engine, writing. */
export const PROGRESS = { located: 0.05, read: 0.4, classified: 0.55 } as const;

export function fail(error: CatalogMessage): never {
  throw new KlantwaardeError(error);
}

/** A host call that throws something of its own becomes our message naming the sheet. */
export async function hostCall<T>(sheet: string, code: 'workbook.readFailed' | 'workbook.writeFailed', call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof KlantwaardeError) throw e;
    throw new KlantwaardeError({ code, params: { sheet, detail: thrownText(e) } });
  }
}

/** The table found and read: everything detect, preview and classify work from. */
export interface TableAtHand {
  readonly state: WorkbookState;
  readonly record: ResultsRecord;
  readonly plan: TablePlan;
  readonly content: TableContent;
  /** Which row is the header row, and the title rows left out above it. */
  readonly detection: HeaderDetection;
  /** What the locate step tells the user: title rows left out, clients below a blank row left out. */
  readonly edges: readonly CatalogMessage[];
}

type ReadCells = (ranges: readonly CellRange[]) => Promise<CellValue[][][]>;

function readRequest(plan: TablePlan, sampleRows?: number): TableReadRequest {
  // A sample (for "detect") never leads to a write, so the cells beside the table are not needed.
  if (sampleRows !== undefined) return { range: plan.clientRange, sampleRows };
  return { range: plan.clientRange, ...(plan.beside ? { beside: plan.beside } : {}) };
}

/** The header row looks like numbers, not names (the engine's rule, checked early so "detect" can say so). */
function headerLooksNumeric(header: readonly CellValue[]): boolean {
  const numeric = header.filter((h) => typeof h === 'number').length;
  return numeric > 0 && numeric >= header.filter((h) => !isBlank(h)).length / 2;
}

/** Step: find the table in one round trip, prefetching its read when the host can; refuse an empty header. */
async function locate(
  port: WorkbookPort,
  sampleRows: number | undefined,
  model?: ScoringModel,
): Promise<{ state: WorkbookState; record: ResultsRecord; table: LocatedTable }> {
  let record: ResultsRecord = EMPTY_RECORD;
  const prefetch = (located: TablePlan['located']) => {
    const plan = planTable(located, record, model);
    return 'code' in plan ? undefined : readRequest(plan, sampleRows);
  };
  const state = await port.locateTable({ prefetch: (t) => prefetch(t) });
  record = parseRecord(state.settings[SETTINGS_KEYS.results]);
  if (!state.location.ok) fail(state.location.error);
  if (state.location.table.header.every(isBlank)) {
    fail({
      code: 'table.empty',
      params: { sheet: state.location.table.range.sheet, address: rangeAddress({ ...state.location.table.range, rowCount: 1 }) },
    });
  }
  return { state, record, table: state.location.table };
}

/** Step: refuse a header row of numbers or a table without clients, then plan where our columns go. */
function planLocated(located: LocatedTable, record: ResultsRecord, model?: ScoringModel): TablePlan {
  const where = { sheet: located.range.sheet, address: rangeAddress({ ...located.range, rowCount: 1 }) };
  if (headerLooksNumeric(located.header)) fail({ code: 'table.noHeaderRow', params: where });
  if (located.range.rowCount < 2) fail({ code: 'table.noClients', params: where });
  const planned = planTable(located, record, model);
  if ('code' in planned) fail(planned);
  return planned;
}

/** Step: read the client rows, and tell about clients a blank row cut off below them. */
async function readClients(
  port: WorkbookPort,
  located: LocatedTable,
  planned: TablePlan,
  sampleRows: number | undefined,
  readCells: ReadCells,
  onProgress?: (f: number) => void,
): Promise<{ read: TableContent; below: CatalogMessage | undefined }> {
  // A full read takes in the rows right under a plain table too (same round trip), to tell about clients
  // a blank row cut off; a sample reads them on their own.
  const extra = sampleRows === undefined ? rowsToReadBelow({ ...located, range: planned.clientRange }) : 0;
  const request = readRequest(planned, sampleRows);
  const withBelow = extra > 0 ? { ...request, range: { ...request.range, rowCount: request.range.rowCount + extra } } : request;
  const readAll = await hostCall(located.range.sheet, 'workbook.readFailed', () =>
    port.readTable(withBelow, (f) => onProgress?.(PROGRESS.located + (PROGRESS.read - PROGRESS.located) * f)),
  );
  const dataRows = planned.clientRange.rowCount - 1;
  const read: TableContent =
    extra === 0
      ? readAll
      : {
          ...readAll,
          rows: readAll.rows.slice(0, dataRows),
          numberFormats: readAll.numberFormats.slice(0, dataRows),
          hiddenRows: readAll.hiddenRows.filter((r) => r < dataRows),
        };
  const clientPart = { ...located, range: planned.clientRange, header: located.header.slice(0, planned.clientRange.columnCount) };
  const below = extra > 0 ? clientRowsBelow(clientPart, readAll.rows.slice(dataRows)) : await readClientRowsBelow(clientPart, readCells);
  return { read, below };
}

/** `model` plans the insight columns too (see `planTable`); detecting the table has none. */
export async function locateAndRead(
  port: WorkbookPort,
  sampleRows: number | undefined,
  onProgress?: (f: number) => void,
  model?: ScoringModel,
  headerRow?: number,
): Promise<TableAtHand> {
  const { state, record, table } = await locate(port, sampleRows, model);
  const readCells: ReadCells = (ranges) => hostCall(ranges[0]?.sheet ?? '', 'workbook.readFailed', () => port.readCells(ranges));
  const { located, detection, message } = await locateHeaderRow(table, readCells, headerRow);
  const planned = planLocated(located, record, model);
  onProgress?.(PROGRESS.located);
  const { read, below } = await readClients(port, located, planned, sampleRows, readCells, onProgress);
  const edges = [...(message ? [message] : []), ...(below ? [below] : [])];
  // A sample may stop before the last client, so only a full read can tell where the table really ends.
  const { plan, content } = sampleRows === undefined ? withoutTrailingBlankRows(planned, read) : { plan: planned, content: read };
  return { state, record, plan, content, detection, edges };
}

/** What the user should know about the table itself: blank headers, our old columns in it, hidden rows. */
export function tableWarnings(at: TableAtHand, skipHidden: boolean): CatalogMessage[] {
  const { plan, content } = at;
  const warnings: CatalogMessage[] = [...at.edges];
  plan.located.header.slice(0, plan.clientRange.columnCount).forEach((h, i) => {
    if (isBlank(h)) {
      const column = plan.clientRange.column + i;
      warnings.push({
        code: 'workbook.blankHeader',
        params: {
          letter: columnLetter(column),
          address: rangeAddress({ sheet: plan.clientRange.sheet, row: plan.clientRange.row, column, rowCount: 1, columnCount: 1 }),
        },
      });
    }
  });
  if (plan.ownIncluded) {
    warnings.push({
      code: 'workbook.ownColumnsFound',
      params: { range: rangeAddress({ ...plan.clientRange, column: plan.outputColumn, columnCount: plan.ownColumns }) },
    });
  }
  if (content.hiddenRows.length > 0) {
    warnings.push({
      code: skipHidden ? 'workbook.hiddenRowsSkipped' : 'workbook.hiddenRows',
      params: { count: content.hiddenRows.length },
    });
  }
  return warnings;
}
