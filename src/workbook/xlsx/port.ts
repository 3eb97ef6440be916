import type { Cell, Workbook, Worksheet } from 'exceljs';
import type { CellValue } from '../../engine';
import { MAX_COLUMNS, type CellRange } from '../cells';
import type {
  ColumnBlock, LocateOptions, Progress, ReportSpec, SettingsState, TableContent, TableReadRequest, WorkbookPort,
  WorkbookState, WritePlan,
} from '../port';
import { SETTINGS_KEYS } from '../results';
import { cellFormat, cellValue } from './cells';
import { isFilled, locateOnSheet, readValues, sheetByName } from './locate';
import { readSettings, writeSettings } from './settings';
import { addColumn, findTable, removeColumn, sheetTables, tableRange, uniqueColumnName, type TableModel } from './tables';

/** Rows between progress reports while reading or writing a large table. */
const PROGRESS_ROWS = 5_000;

type Style = Partial<Cell['style']>;

/** Excel column width (characters of the default font) for a width in points, as the pane gives it. */
export function pointsToCharacters(points: number): number {
  // 1 pt = 4/3 px; a character of Calibri 11 is 7 px plus 5 px of padding per column.
  return Math.max(1, Math.round(((points * 4) / 3 - 5) / 7 * 100) / 100);
}

function requireSheet(workbook: Workbook, name: string): Worksheet {
  const sheet = sheetByName(workbook, name);
  if (!sheet) throw new Error(`ItemNotFound: there is no sheet "${name}".`);
  return sheet;
}

/**
 * Shares one new style object per (old style, changes) pair. exceljs shares a loaded style object
 * between all cells with that style, so a cell's style is replaced, never changed in place.
 */
class StyleCache {
  private readonly cache = new Map<object, Map<string, Style>>();
  apply(cell: Cell, changes: Style): void {
    const base = (cell.style ?? {}) as object;
    const key = JSON.stringify(changes);
    let byChange = this.cache.get(base);
    if (!byChange) { byChange = new Map(); this.cache.set(base, byChange); }
    let style = byChange.get(key);
    if (!style) {
      style = { ...(base as Style), ...changes };
      for (const k of Object.keys(changes) as (keyof Style)[]) if (changes[k] === undefined) delete style[k];
      byChange.set(key, style);
    }
    cell.style = style as Cell['style'];
  }
}

const solidFill = (hex: string): Style['fill'] => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${hex.replace('#', '').toUpperCase()}` } });

/**
 * The WorkbookPort over an exceljs Workbook (an .xlsx file in memory), for the command line. The
 * "selection" is fixed: the client table of one sheet (its first Excel Table, else the region at A1).
 * Strings are always written as text, never as formulas. What it cannot do safely it refuses:
 * inserting or deleting whole sheet columns (exceljs would not move formulas, names or tables along).
 */
export class XlsxPort implements WorkbookPort {
  constructor(readonly workbook: Workbook, readonly sheetName: string) {}

  async locateTable(_options?: LocateOptions): Promise<WorkbookState> {
    const sheet = requireSheet(this.workbook, this.sheetName);
    return { location: locateOnSheet(sheet), ...(await this.readSettings()) };
  }

  async readSettings(): Promise<SettingsState> {
    return {
      sheetNames: this.workbook.worksheets.map((s) => s.name),
      settings: readSettings(this.workbook, Object.values(SETTINGS_KEYS)),
    };
  }

  async readTable(request: TableReadRequest, onProgress?: Progress): Promise<TableContent> {
    const { range } = request;
    const sheet = requireSheet(this.workbook, range.sheet);
    const dataRows = range.rowCount - 1;
    const readRows = Math.min(dataRows, request.sampleRows ?? dataRows);
    const header = readValues(sheet, { ...range, rowCount: 1 })[0]!;
    const rows: CellValue[][] = [];
    const numberFormats: string[][] = [];
    const hiddenRows: number[] = [];
    for (let r = 0; r < dataRows; r++) {
      const row = sheet.findRow(range.row + 2 + r);
      if (row?.hidden) hiddenRows.push(r);
      if (r >= readRows) continue;
      const values: CellValue[] = [];
      const formats: string[] = [];
      for (let c = 0; c < range.columnCount; c++) {
        const cell = row?.findCell(range.column + c + 1);
        values.push(cell ? cellValue(cell) : null);
        formats.push(cell ? cellFormat(cell) : 'General');
      }
      rows.push(values);
      numberFormats.push(formats);
      if (onProgress && r % PROGRESS_ROWS === PROGRESS_ROWS - 1) onProgress(r / dataRows);
    }
    let beside: TableContent['beside'];
    if (request.beside) {
      const b = request.beside;
      const besideSheet = requireSheet(this.workbook, b.sheet);
      beside = {
        header: readValues(besideSheet, { ...b, rowCount: 1 })[0]!,
        filled: Array.from({ length: b.rowCount }, (_, r) => Array.from({ length: b.columnCount }, (__, c) => isFilled(besideSheet, b.row + r, b.column + c))),
      };
    }
    onProgress?.(1);
    return { header, rows, numberFormats, hiddenRows, ...(beside ? { beside } : {}) };
  }

  async readCells(ranges: readonly CellRange[]): Promise<CellValue[][][]> {
    return ranges.map((r) => readValues(requireSheet(this.workbook, r.sheet), r));
  }

  async write(plan: WritePlan, onProgress?: Progress): Promise<void> {
    const wb = this.workbook;
    for (const name of plan.deleteSheets ?? []) wb.removeWorksheet(requireSheet(wb, name).id);
    if (plan.insertColumns || plan.deleteColumns?.length) {
      // exceljs moves cells but not the formulas, names, tables and formats that refer to them:
      // refusing is the only way to keep the user's workbook intact.
      throw new Error('NotSupported: inserting or deleting sheet columns is not possible in an .xlsx file here; clear the cells beside the table instead.');
    }
    if (plan.addTableColumns) this.addTableColumns(plan.addTableColumns.tableName, plan.addTableColumns.headers);
    const styles = new StyleCache();
    const blocks = plan.blocks ?? [];
    const totalRows = blocks.reduce((n, b) => n + (b.columns[0]?.values.length ?? 0), 0);
    let done = 0;
    for (const block of blocks) {
      this.writeBlock(block, styles, (rows) => {
        done += rows;
        onProgress?.(totalRows > 0 ? (0.9 * done) / totalRows : 0.9);
      });
    }
    for (const r of plan.clear ?? []) this.clear(requireSheet(wb, r.sheet), r);
    for (const d of plan.deleteTableColumns ?? []) for (const h of [...d.headers].reverse()) this.deleteTableColumn(d.tableName, h);
    if (plan.report) this.writeReport(plan.report, styles);
    for (const sheet of plan.sheets ?? []) this.writeReport(sheet, styles);
    if (plan.settings) writeSettings(wb, plan.settings);
    onProgress?.(1);
  }

  private addTableColumns(tableName: string, headers: readonly string[]): void {
    const found = findTable(this.workbook.worksheets, tableName);
    if (!found) throw new Error(`ItemNotFound: there is no table "${tableName}".`);
    const { sheet, table } = found;
    for (const header of headers) {
      const range = tableRange(sheet, table);
      const column = range.column + range.columnCount;
      if (column >= MAX_COLUMNS) throw new Error('InvalidOperation: the table is at the right edge of the sheet.');
      // Like Excel, a table grows only into empty cells (the pipeline checked; this is the last guard).
      for (let r = range.row; r < range.row + range.rowCount; r++) {
        if (isFilled(sheet, r, column)) throw new Error(`InvalidOperation: cell ${sheet.getCell(r + 1, column + 1).address} beside table "${tableName}" is not empty.`);
      }
      sheet.getCell(range.row + 1, column + 1).value = addColumn(sheet, table, header);
    }
  }

  /** The table whose header row is `row` and that spans `column`, if any. */
  private tableAtHeader(sheet: Worksheet, row: number, column: number): TableModel | undefined {
    return sheetTables(sheet).find((t) => {
      const range = tableRange(sheet, t);
      return t.headerRow !== false && range.row === row && column >= range.column && column < range.column + range.columnCount;
    });
  }

  private writeBlock(block: ColumnBlock, styles: StyleCache, progressed: (rows: number) => void): void {
    const sheet = requireSheet(this.workbook, block.sheet);
    const rowCount = block.columns[0]?.values.length ?? 0;
    for (let r = 0; r < rowCount; r++) {
      const row = sheet.getRow(block.row + r + 1);
      block.columns.forEach((col, c) => {
        const column = block.column + c;
        const cell = row.getCell(column + 1);
        let value = col.values[r] ?? null;
        const table = r === 0 && typeof value === 'string' ? this.tableAtHeader(sheet, block.row, column) : undefined;
        if (table && typeof value === 'string') {
          // A table header cell and the table's column name must agree, and stay unique.
          const index = column - tableRange(sheet, table).column;
          value = uniqueColumnName(table, value, index);
          table.columns[index]!.name = value;
        }
        cell.value = value;
        const changes: Style = { numFmt: col.numberFormat };
        // Until this writer emits conditional formats, the rule matching the cell's text becomes its fill.
        if (col.colourRules) {
          const rule = r > 0 && typeof value === 'string' ? col.colourRules.find((x) => x.text.toLowerCase() === value.toLowerCase()) : undefined;
          changes.fill = rule ? solidFill(rule.fill) : undefined;
        }
        styles.apply(cell, changes);
      });
      if (r % PROGRESS_ROWS === PROGRESS_ROWS - 1) progressed(PROGRESS_ROWS);
    }
    progressed(rowCount % PROGRESS_ROWS);
  }

  private clear(sheet: Worksheet, r: CellRange): void {
    for (let row = r.row; row < r.row + r.rowCount; row++) {
      const line = sheet.findRow(row + 1);
      if (!line) continue;
      for (let column = r.column; column < r.column + r.columnCount; column++) {
        const cell = line.findCell(column + 1);
        if (!cell) continue;
        cell.value = null;
        cell.style = {} as Cell['style'];
      }
    }
  }

  /** Deletes a table column by header: the table's cells right of it move left within the table rows. */
  private deleteTableColumn(tableName: string, header: string): void {
    const found = findTable(this.workbook.worksheets, tableName);
    if (!found) throw new Error(`ItemNotFound: there is no table "${tableName}".`);
    const { sheet, table } = found;
    const index = table.columns.findIndex((c) => c.name.toLowerCase() === header.toLowerCase());
    if (index < 0) throw new Error(`ItemNotFound: table "${tableName}" has no column "${header}".`);
    const range = tableRange(sheet, table);
    const last = range.column + range.columnCount - 1;
    for (let r = range.row; r < range.row + range.rowCount; r++) {
      for (let c = range.column + index; c < last; c++) {
        const from = sheet.getCell(r + 1, c + 2);
        const to = sheet.getCell(r + 1, c + 1);
        to.value = from.value;
        to.style = from.style;
      }
      const end = sheet.getCell(r + 1, last + 1);
      end.value = null;
      end.style = {} as Cell['style'];
    }
    removeColumn(sheet, table, index);
  }

  private writeReport(report: ReportSpec, styles: StyleCache): void {
    const sheet = this.workbook.addWorksheet(report.sheet);
    report.cells.forEach((line, r) => line.forEach((spec, c) => {
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = spec.value;
      const changes: Style = {};
      if (spec.format) changes.numFmt = spec.format;
      if (spec.bold) changes.font = { bold: true };
      if (spec.format || spec.bold) styles.apply(cell, changes);
    }));
    report.columnWidths.forEach((w, c) => { sheet.getColumn(c + 1).width = pointsToCharacters(w); });
    // exceljs cannot write charts; the Pareto figures the chart would show are on the sheet as a table.
  }
}
