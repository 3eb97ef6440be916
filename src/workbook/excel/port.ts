import type { CellValue } from '../../engine';
import { a1, sameRange, type CellRange } from '../cells';
import type {
  LocateOptions,
  LocatedTable,
  SettingsState,
  TableContent,
  TableLocation,
  TableReadRequest,
  WorkbookPort,
  WorkbookState,
  WritePlan,
} from '../port';
import { onDemand } from '../onDemand';
import { SETTINGS_KEYS } from '../results';
import type { XlContext, XlRange, XlRun, XlSetting, XlTable } from './api';
import { ADAPTER_BUDGET, type Budget } from './payload';
import { cellValues, dataRowsToRead, firstReadRows, queueReadChunk, TableReadAccumulator, type ReadChunk } from './read';

/** Errors Excel gives for a request or read that is too big: retried with half the rows. */
const SIZE_ERRORS = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit']);
const errorCode = (e: unknown) => (typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '');

const rectOf = (r: XlRange) => ({ row: r.rowIndex, column: r.columnIndex, rowCount: r.rowCount, columnCount: r.columnCount });

function queueSettings(ctx: XlContext) {
  // Sheet protection comes with the names (a navigation path in one load); workbook protection is ExcelApi 1.7.
  const names = ctx.workbook.worksheets.load(['items/name', 'items/protection/protected']);
  const workbookProtection = ctx.workbook.protection.load('protected');
  const settings = Object.values(SETTINGS_KEYS).map(
    (key) => [key, ctx.workbook.settings.getItemOrNullObject(key).load('value')] as [string, XlSetting],
  );
  return { names, workbookProtection, settings };
}

function settingsState(queued: ReturnType<typeof queueSettings>): SettingsState {
  const settings: Record<string, string | undefined> = {};
  for (const [key, s] of queued.settings) settings[key] = s.isNullObject || typeof s.value !== 'string' ? undefined : s.value;
  return {
    sheetNames: queued.names.items.map((w) => w.name),
    settings,
    workbookProtected: queued.workbookProtection.protected,
    protectedSheets: queued.names.items.filter((w) => w.protection.protected).map((w) => w.name),
  };
}

/**
 * The WorkbookPort over Office.js. Round trips: locating the table is one sync (two for an Excel
 * Table, whose range needs its name first, or for a multi-cell selection, whose header needs its
 * used range first); reading is one sync per chunk; writing is one sync per chunk, each under the
 * request budget, with screen updating and calculation suspended.
 */
export class ExcelPort implements WorkbookPort {
  private prefetched: { key: string; content: TableContent } | undefined;

  constructor(
    private readonly run: XlRun,
    private readonly budget: Budget = ADAPTER_BUDGET,
  ) {}

  async locateTable(options: LocateOptions = {}): Promise<WorkbookState> {
    this.prefetched = undefined;
    return this.run(async (ctx) => {
      const wb = ctx.workbook;
      const queued = queueSettings(ctx);
      const selection = wb.getSelectedRanges().load('areaCount');
      const active = wb.getActiveCell();
      const sheet = active.worksheet.load('name');
      const protection = sheet.protection.load('protected');
      const region = active.getSurroundingRegion().load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
      const regionHeader = region.getRow(0).load('values');
      const tables = active.getTables(false).load(['items/name', 'items/showHeaders', 'items/showTotals']);
      const area = selection.areas.getItemAt(0).load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
      const used = area.getUsedRangeOrNullObject(true).load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
      try {
        await ctx.sync();
      } catch (e) {
        // A chart or shape is selected: there is no range selection to read.
        if (errorCode(e) !== 'InvalidSelection') throw e;
        const again = queueSettings(ctx);
        await ctx.sync();
        return { location: { ok: false, error: { code: 'workbook.noSelection' } }, ...settingsState(again) };
      }
      const state = settingsState(queued);
      if (selection.areaCount > 1)
        return { location: { ok: false, error: { code: 'workbook.multipleAreas', params: { areas: selection.areaCount } } }, ...state };
      const context = { sheet: sheet.name, sheetProtected: protection.protected };
      let location: TableLocation;
      if (tables.items.length > 0) {
        const regionRange: CellRange = { sheet: sheet.name, ...rectOf(region) };
        location = await this.locateExcelTable(ctx, tables.items[0]!, context, regionRange, cellValues(regionHeader.values[0]!), options);
      } else if (area.rowCount === 1 && area.columnCount === 1) {
        location = {
          ok: true,
          table: {
            range: { sheet: sheet.name, ...rectOf(region) },
            header: cellValues(regionHeader.values[0]!),
            sheetProtected: context.sheetProtected,
          },
        };
      } else {
        const rect = used.isNullObject ? { ...rectOf(area), rowCount: 1, columnCount: 1 } : rectOf(used);
        const header = ctx.workbook.worksheets
          .getItem(sheet.name)
          .getRangeByIndexes(rect.row, rect.column, 1, rect.columnCount)
          .load('values');
        await ctx.sync();
        location = {
          ok: true,
          table: { range: { sheet: sheet.name, ...rect }, header: cellValues(header.values[0]!), sheetProtected: context.sheetProtected },
        };
      }
      return { location, ...state };
    });
  }

  /**
   * An Excel Table's range needs a second round trip (by name). The table usually is exactly the
   * surrounding region, so the pipeline's read is guessed from the region and made in that same
   * round trip; it is kept only if the guess was right.
   */
  private async locateExcelTable(
    ctx: XlContext,
    item: XlTable,
    context: { sheet: string; sheetProtected: boolean },
    region: CellRange,
    regionHeader: CellValue[],
    options: LocateOptions,
  ): Promise<TableLocation> {
    const name = item.name;
    const totals = item.showTotals ? 1 : 0;
    const table = ctx.workbook.tables.getItem(name);
    const tableRange = table.getRange().load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    const header = table.getRange().getRow(0).load('values');
    const guess: LocatedTable = {
      range: { ...region, rowCount: region.rowCount - totals },
      tableName: name,
      header: regionHeader,
      sheetProtected: context.sheetProtected,
    };
    const request = item.showHeaders && guess.range.rowCount > 0 ? options.prefetch?.(guess) : undefined;
    const oneChunk = request && dataRowsToRead(request) <= firstReadRows(request, this.budget);
    const prefetch = oneChunk ? queueReadChunk(ctx, request, { start: 0, count: dataRowsToRead(request), first: true }) : undefined;
    await ctx.sync();
    const rect = rectOf(tableRange);
    if (!item.showHeaders)
      return { ok: false, error: { code: 'workbook.tableNoHeaders', params: { table: name, address: a1(rect), sheet: context.sheet } } };
    const range: CellRange = { sheet: context.sheet, ...rect, rowCount: rect.rowCount - totals };
    if (prefetch && request && sameRange(range, guess.range)) {
      const acc = new TableReadAccumulator(request);
      prefetch.collect(acc);
      this.prefetched = { key: JSON.stringify(request), content: acc.result() };
    }
    return { ok: true, table: { range, tableName: name, header: cellValues(header.values[0]!), sheetProtected: context.sheetProtected } };
  }

  async readSettings(): Promise<SettingsState> {
    return this.run(async (ctx) => {
      const queued = queueSettings(ctx);
      await ctx.sync();
      const state = settingsState(queued);
      // Which sheets hold nothing: a second round trip, since the sheets are known only now.
      const used = state.sheetNames.map(
        (name) => [name, ctx.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load('rowIndex')] as const,
      );
      await ctx.sync();
      return { ...state, emptySheets: used.filter(([, range]) => range.isNullObject).map(([name]) => name) };
    });
  }

  async readTable(request: TableReadRequest, onProgress?: (fraction: number) => void): Promise<TableContent> {
    const key = JSON.stringify(request);
    if (this.prefetched?.key === key) {
      const { content } = this.prefetched;
      this.prefetched = undefined;
      onProgress?.(1);
      return content;
    }
    this.prefetched = undefined;
    return this.run(async (ctx) => {
      const total = dataRowsToRead(request);
      const acc = new TableReadAccumulator(request);
      let rowsPerRequest = firstReadRows(request, this.budget);
      let done = 0;
      let first = true;
      while (first || done < total) {
        const chunk: ReadChunk = { start: done, count: Math.min(rowsPerRequest, total - done), first };
        const queued = queueReadChunk(ctx, request, chunk);
        try {
          await ctx.sync();
        } catch (e) {
          if (SIZE_ERRORS.has(errorCode(e)) && chunk.count > 1) {
            rowsPerRequest = Math.ceil(chunk.count / 2);
            continue;
          }
          throw e;
        }
        const { responseBytes } = queued.collect(acc);
        done += chunk.count;
        first = false;
        if (chunk.count > 0 && responseBytes > 0) {
          // Size the next requests from what this one really weighed (10% margin), within the cell budget.
          const perRow = (responseBytes / chunk.count) * 1.1;
          rowsPerRequest = Math.max(
            1,
            Math.min(
              Math.floor(this.budget.responseBytes / perRow),
              Math.floor(this.budget.cellsPerRead / Math.max(1, request.range.columnCount)),
            ),
          );
        }
        onProgress?.(total === 0 ? 1 : done / total);
      }
      return acc.result();
    });
  }

  async readCells(ranges: readonly CellRange[]): Promise<CellValue[][][]> {
    if (ranges.length === 0) return [];
    return this.run(async (ctx) => {
      const loaded = ranges.map((r) =>
        ctx.workbook.worksheets.getItem(r.sheet).getRangeByIndexes(r.row, r.column, r.rowCount, r.columnCount).load('values'),
      );
      await ctx.sync();
      return loaded.map((l) => l.values.map((row) => cellValues(row)));
    });
  }

  /**
   * The write code (request packing and order, write.ts) comes on demand, with the pipeline's write
   * half (../onDemand.ts): the pane's first load only reads.
   */
  async write(plan: WritePlan, onProgress?: (fraction: number) => void): Promise<void> {
    const { applyWritePlan } = await onDemand(() => import(/* webpackChunkName: "results-writer" */ './applyPlan'));
    await applyWritePlan(this.run, this.budget, plan, onProgress);
  }
}
