import type { CellValue } from '../../engine';
import { a1, type CellRange } from '../cells';
import type {
  ColumnBlock,
  LocateOptions,
  ReportSpec,
  SettingsState,
  TableContent,
  TableLocation,
  TableReadRequest,
  WorkbookPort,
  WorkbookState,
  WritePlan,
} from '../port';
import { SETTINGS_KEYS } from '../results';
import { inferColumnSeries } from './chartData';
import type { MemorySheet, Scalar } from './sheet';
import type { MemoryWorkbook, Rect } from './workbook';

const cellValue = (v: Scalar | undefined): CellValue => (v === undefined ? null : v);

function readRect(sheet: MemorySheet, row: number, column: number, rowCount: number, columnCount: number): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const line: CellValue[] = [];
    for (let c = 0; c < columnCount; c++) line.push(cellValue(sheet.value(row + r, column + c)));
    out.push(line);
  }
  return out;
}

function intersect(a: Rect, b: Rect): Rect | undefined {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rowEnd = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const columnEnd = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  return rowEnd > row && columnEnd > column ? { row, column, rowCount: rowEnd - row, columnCount: columnEnd - column } : undefined;
}

/** Finds the client table from the selection the way the Excel adapter does (same rules, same messages). */
export function locateInMemory(wb: MemoryWorkbook): TableLocation {
  const selection = wb.selection;
  if (!selection || selection.areas.length === 0) return { ok: false, error: { code: 'workbook.noSelection' } };
  if (selection.areas.length > 1)
    return { ok: false, error: { code: 'workbook.multipleAreas', params: { areas: selection.areas.length } } };
  const sheet = wb.requireSheet(selection.sheet);
  const area = selection.areas[0]!;
  const table = wb.tableAt(sheet.name, area.row, area.column);
  let rect: Rect;
  if (table) {
    const address = a1(table);
    if (!table.showHeaders)
      return { ok: false, error: { code: 'workbook.tableNoHeaders', params: { table: table.name, address, sheet: sheet.name } } };
    rect = { row: table.row, column: table.column, rowCount: table.rowCount - (table.showTotals ? 1 : 0), columnCount: table.columnCount };
  } else if (area.rowCount === 1 && area.columnCount === 1) {
    rect = wb.surroundingRegion(sheet.name, area.row, area.column);
  } else {
    const used = sheet.usedRange();
    rect = (used && intersect(area, used)) ?? { row: area.row, column: area.column, rowCount: 1, columnCount: 1 };
  }
  const range: CellRange = { sheet: sheet.name, ...rect };
  return {
    ok: true,
    table: {
      range,
      ...(table ? { tableName: table.name } : {}),
      header: readRect(sheet, rect.row, rect.column, 1, rect.columnCount)[0]!,
      sheetProtected: sheet.protected,
    },
  };
}

/** The WorkbookPort over a MemoryWorkbook: tests, the browser preview. Writes are literal (a string is text). */
export class MemoryPort implements WorkbookPort {
  constructor(readonly workbook: MemoryWorkbook) {}

  async locateTable(_options?: LocateOptions): Promise<WorkbookState> {
    return { location: locateInMemory(this.workbook), ...(await this.readSettings()) };
  }

  async readSettings(): Promise<SettingsState> {
    const settings: Record<string, string | undefined> = {};
    for (const key of Object.values(SETTINGS_KEYS)) settings[key] = this.workbook.settings.get(key);
    const wb = this.workbook;
    const names = wb.sheetNames();
    return {
      sheetNames: names,
      settings,
      workbookProtected: wb.structureProtected,
      protectedSheets: names.filter((n) => wb.requireSheet(n).protected),
      emptySheets: names.filter((n) => wb.requireSheet(n).usedRange() === undefined),
    };
  }

  async readTable(request: TableReadRequest, onProgress?: (f: number) => void): Promise<TableContent> {
    const { range } = request;
    const sheet = this.workbook.requireSheet(range.sheet);
    const dataRows = range.rowCount - 1;
    const readRows = Math.min(dataRows, request.sampleRows ?? dataRows);
    const header = readRect(sheet, range.row, range.column, 1, range.columnCount)[0]!;
    const rows = readRect(sheet, range.row + 1, range.column, readRows, range.columnCount);
    const numberFormats = rows.map((_, r) =>
      Array.from({ length: range.columnCount }, (__, c) => sheet.format(range.row + 1 + r, range.column + c) ?? 'General'),
    );
    const hiddenRows: number[] = [];
    for (const r of sheet.hiddenRows) if (r > range.row && r < range.row + range.rowCount) hiddenRows.push(r - range.row - 1);
    hiddenRows.sort((a, b) => a - b);
    let beside: TableContent['beside'];
    if (request.beside) {
      const b = request.beside;
      const besideSheet = this.workbook.requireSheet(b.sheet);
      beside = {
        header: readRect(besideSheet, b.row, b.column, 1, b.columnCount)[0]!,
        filled: Array.from({ length: b.rowCount }, (_, r) =>
          Array.from({ length: b.columnCount }, (__, c) => besideSheet.isFilled(b.row + r, b.column + c)),
        ),
      };
    }
    onProgress?.(1);
    return { header, rows, numberFormats, hiddenRows, ...(beside ? { beside } : {}) };
  }

  async readCells(ranges: readonly CellRange[]): Promise<CellValue[][][]> {
    return ranges.map((r) => readRect(this.workbook.requireSheet(r.sheet), r.row, r.column, r.rowCount, r.columnCount));
  }

  async write(plan: WritePlan, onProgress?: (f: number) => void): Promise<void> {
    const wb = this.workbook;
    for (const name of plan.deleteSheets ?? []) wb.deleteSheet(name);
    if (plan.insertColumns) wb.insertColumns(plan.insertColumns.sheet, plan.insertColumns.column, plan.insertColumns.count);
    if (plan.addTableColumns) for (const h of plan.addTableColumns.headers) wb.addTableColumn(plan.addTableColumns.tableName, h);
    for (const block of plan.blocks ?? []) this.writeBlock(block);
    for (const r of plan.clear ?? []) {
      const sheet = wb.requireSheet(r.sheet);
      sheet.conditionalFormats.clear(r);
      sheet.clear(r.row, r.column, r.rowCount, r.columnCount);
    }
    for (const d of plan.deleteTableColumns ?? []) for (const h of [...d.headers].reverse()) wb.deleteTableColumn(d.tableName, h);
    for (const d of plan.deleteColumns ?? []) wb.deleteColumns(d.sheet, d.column, d.count);
    if (plan.report) this.writeReport(plan.report);
    for (const sheet of plan.sheets ?? []) this.writeReport(sheet);
    for (const [key, value] of Object.entries(plan.settings ?? {})) {
      if (value === null) wb.settings.delete(key);
      else wb.settings.set(key, value);
    }
    onProgress?.(1);
  }

  private writeBlock(block: ColumnBlock): void {
    const sheet = this.workbook.requireSheet(block.sheet);
    const table = this.workbook.tableAt(sheet.name, block.row, block.column);
    block.columns.forEach((col, c) => {
      const column = block.column + c;
      if (col.colourRules) {
        // Like the Excel adapter: last run's colours on these cells go, this run's rules cover the data cells.
        const cells = { row: block.row, column, rowCount: col.values.length, columnCount: 1 };
        sheet.conditionalFormats.clear(cells);
        for (let r = 0; r < col.values.length; r++) sheet.setFill(block.row + r, column, undefined);
        // One conditional format per rule, as the Excel adapter makes them.
        const data = { ...cells, row: block.row + 1, rowCount: col.values.length - 1 };
        if (data.rowCount > 0) for (const rule of col.colourRules) sheet.conditionalFormats.add(data, [rule]);
      }
      col.values.forEach((value, r) => {
        const row = block.row + r;
        let v: Scalar | undefined = value === null ? undefined : value;
        // A table's header cell stays unique, as Excel keeps it.
        if (r === 0 && table && table.row === row && typeof v === 'string') v = this.workbook.uniqueTableHeader(table, v, column);
        sheet.setValue(row, column, v);
        sheet.setFormat(row, column, col.numberFormat);
      });
    });
  }

  private writeReport(report: ReportSpec): void {
    if (this.workbook.structureProtected) throw new Error('AccessDenied: the workbook structure is protected.');
    const sheet = this.workbook.addSheet(report.sheet);
    report.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (cell.value !== null) sheet.setValue(r, c, cell.value);
        if (cell.format) sheet.setFormat(r, c, cell.format);
        if (cell.bold) sheet.setBold(r, c, true);
      }),
    );
    report.columnWidths.forEach((w, c) => sheet.columnWidths.set(c, w));
    const chart = report.chart;
    if (chart) {
      const cornerEnd = {
        row: chart.position.row + chart.position.rowCount - 1,
        column: chart.position.column + chart.position.columnCount - 1,
        rowCount: 1,
        columnCount: 1,
      };
      // The same inference as Excel's (and the Office.js fake's), so the preview shows what Excel would plot.
      const layout = inferColumnSeries(sheet, chart.data);
      sheet.charts.push({
        name: chart.name,
        type: 'ColumnClustered',
        title: chart.title,
        source: a1(chart.data),
        seriesBy: 'Columns',
        ...(layout.categories ? { categories: layout.categories } : {}),
        seriesNames: layout.series.map((s) => s.name),
        seriesTypes: layout.series.map((_, i) => (chart.lineSeries.includes(i) ? 'Line' : 'ColumnClustered')),
        position: [a1({ ...chart.position, rowCount: 1, columnCount: 1 }), a1(cornerEnd)],
      });
    }
  }
}
