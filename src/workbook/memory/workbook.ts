import type { CellValue } from '../../engine';
import { currentRegion, MAX_COLUMNS, parseA1, type CellRange } from '../cells';
import { MemorySheet, type Scalar } from './sheet';

/** An Excel Table ("ListObject"): a header row, data rows and an optional totals row. */
export interface MemoryTable {
  name: string;
  sheet: string;
  row: number;
  column: number;
  /** Header, data and totals rows together. */
  rowCount: number;
  columnCount: number;
  showHeaders: boolean;
  showTotals: boolean;
}

export type Rect = Omit<CellRange, 'sheet'>;

export interface MemorySelection {
  readonly sheet: string;
  readonly areas: readonly Rect[];
}

/** Excel's date serial (1900 system, valid from March 1900) for a calendar date. */
export function dateSerial(date: Date): number {
  return (Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** A value from a loaded 2-D array as a cell holds it: dates become serial numbers (with a date format). */
function toScalar(value: CellValue): Scalar | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (value instanceof Date) return dateSerial(value);
  return value;
}

/**
 * An in-memory workbook: sheets of sparse cells (values, formulas, number formats, fills), hidden
 * rows, Excel Tables, workbook settings, charts and a selection. DOM-free, so the browser preview,
 * the tests and the Office.js fake all share it. It behaves like Excel where the pipeline depends
 * on it (surrounding region, inserting and deleting columns next to Tables, unique table headers).
 */
export class MemoryWorkbook {
  private readonly sheetList: MemorySheet[] = [];
  readonly tables: MemoryTable[] = [];
  readonly settings = new Map<string, string>();
  selection: MemorySelection | undefined;
  /** Workbook structure protection: sheets cannot be added or deleted (Excel refuses; our adapters check first). */
  structureProtected = false;

  // ---- sheets --------------------------------------------------------------------------------

  sheetNames(): string[] {
    return this.sheetList.map((s) => s.name);
  }

  /** Sheet names compare case-insensitively, as in Excel. */
  sheet(name: string): MemorySheet | undefined {
    const key = name.toLowerCase();
    return this.sheetList.find((s) => s.name.toLowerCase() === key);
  }

  requireSheet(name: string): MemorySheet {
    const s = this.sheet(name);
    if (!s) throw new Error(`ItemNotFound: there is no sheet "${name}".`);
    return s;
  }

  addSheet(name: string): MemorySheet {
    if (this.sheet(name)) throw new Error(`ItemAlreadyExists: a sheet named "${name}" already exists.`);
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new Error(`InvalidArgument: "${name}" is not a valid sheet name.`);
    const s = new MemorySheet(name);
    this.sheetList.push(s);
    return s;
  }

  deleteSheet(name: string): void {
    const s = this.requireSheet(name);
    this.sheetList.splice(this.sheetList.indexOf(s), 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i]!.sheet === s.name) this.tables.splice(i, 1);
    if (this.selection?.sheet === s.name) this.selection = undefined;
  }

  /**
   * Puts a 2-D array on a sheet (created when missing), top-left at `origin`. Dates become serial
   * numbers formatted as dates; `{ error }` objects stay error values; empty strings stay empty.
   */
  loadSheet(name: string, rows: readonly (readonly CellValue[])[], origin = 'A1'): MemorySheet {
    const sheet = this.sheet(name) ?? this.addSheet(name);
    const at = parseA1(origin);
    if (!at) throw new Error(`"${origin}" is not a cell address.`);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const scalar = toScalar(value);
        if (scalar === undefined) return;
        sheet.setValue(at.row + r, at.column + c, scalar);
        if (value instanceof Date) sheet.setFormat(at.row + r, at.column + c, 'dd-mm-yyyy');
      }),
    );
    return sheet;
  }

  /** Values of a rectangle (default: A1 to the end of the used range), empty cells as null. */
  readSheet(name: string, address?: string): CellValue[][] {
    const sheet = this.requireSheet(name);
    let rect: Rect | undefined = address ? parseA1(address) : undefined;
    if (!rect) {
      const used = sheet.usedRange();
      if (!used) return [];
      rect = { row: 0, column: 0, rowCount: used.row + used.rowCount, columnCount: used.column + used.columnCount };
    }
    const out: CellValue[][] = [];
    for (let r = 0; r < rect.rowCount; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c < rect.columnCount; c++) row.push(sheet.value(rect.row + r, rect.column + c) ?? null);
      out.push(row);
    }
    return out;
  }

  // ---- selection and regions ------------------------------------------------------------------

  /** Selects one or more areas ("B3", "A1:H20") on a sheet; the active cell is the first area's top-left cell. */
  select(sheet: string, ...addresses: string[]): void {
    const areas = addresses.map((a) => {
      const rect = parseA1(a);
      if (!rect) throw new Error(`"${a}" is not a cell address.`);
      return rect;
    });
    this.selection = { sheet: this.requireSheet(sheet).name, areas };
  }

  /** Excel's CurrentRegion around a cell (see `currentRegion`). */
  surroundingRegion(sheetName: string, row: number, column: number): Rect {
    return currentRegion(this.requireSheet(sheetName), row, column);
  }

  // ---- tables ------------------------------------------------------------------------------------

  addTable(name: string, sheet: string, address: string, options: { showTotals?: boolean; showHeaders?: boolean } = {}): MemoryTable {
    const rect = parseA1(address);
    if (!rect) throw new Error(`"${address}" is not a range address.`);
    if (this.table(name)) throw new Error(`ItemAlreadyExists: a table named "${name}" already exists.`);
    const table: MemoryTable = {
      name,
      sheet: this.requireSheet(sheet).name,
      ...rect,
      showHeaders: options.showHeaders ?? true,
      showTotals: options.showTotals ?? false,
    };
    this.tables.push(table);
    return table;
  }

  table(name: string): MemoryTable | undefined {
    const key = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === key);
  }

  tableAt(sheet: string, row: number, column: number): MemoryTable | undefined {
    const key = sheet.toLowerCase();
    return this.tables.find(
      (t) =>
        t.sheet.toLowerCase() === key &&
        row >= t.row &&
        row < t.row + t.rowCount &&
        column >= t.column &&
        column < t.column + t.columnCount,
    );
  }

  /** Excel keeps table headers unique: a duplicate gets a number ("Klasse" → "Klasse2"). */
  uniqueTableHeader(table: MemoryTable, wanted: string, exceptColumn?: number): string {
    const sheet = this.requireSheet(table.sheet);
    const taken = new Set<string>();
    for (let c = table.column; c < table.column + table.columnCount; c++) {
      if (c === exceptColumn) continue;
      const v = sheet.value(table.row, c);
      if (v !== undefined) taken.add(String(v).toLowerCase());
    }
    if (!taken.has(wanted.toLowerCase())) return wanted;
    for (let k = 2; ; k++) if (!taken.has(`${wanted}${k}`.toLowerCase())) return `${wanted}${k}`;
  }

  /**
   * Adds a column at the right end of a table. The table grows into the empty cells beside it;
   * like Excel, cells that are not empty are refused rather than overwritten (the pipeline checks
   * they are empty, or inserts sheet columns first).
   */
  addTableColumn(name: string, header: string): void {
    const table = this.table(name);
    if (!table) throw new Error(`ItemNotFound: there is no table "${name}".`);
    const sheet = this.requireSheet(table.sheet);
    const column = table.column + table.columnCount;
    if (column >= MAX_COLUMNS) throw new Error('InvalidOperation: the table is at the right edge of the sheet.');
    for (let r = table.row; r < table.row + table.rowCount; r++) {
      if (sheet.isFilled(r, column)) throw new Error(`InvalidOperation: cell ${r},${column} beside table "${name}" is not empty.`);
    }
    const unique = this.uniqueTableHeader(table, header);
    table.columnCount += 1;
    sheet.setValue(table.row, column, unique);
  }

  /**
   * Deletes a table column by header. The table's cells right of it move left within the table;
   * cells outside the table do not move (the pipeline only deletes the table's last columns).
   */
  deleteTableColumn(name: string, header: string): void {
    const table = this.table(name);
    if (!table) throw new Error(`ItemNotFound: there is no table "${name}".`);
    const sheet = this.requireSheet(table.sheet);
    let index = -1;
    for (let c = table.column; c < table.column + table.columnCount; c++) {
      if (String(sheet.value(table.row, c) ?? '').toLowerCase() === header.toLowerCase()) {
        index = c;
        break;
      }
    }
    if (index < 0) throw new Error(`ItemNotFound: table "${name}" has no column "${header}".`);
    const last = table.column + table.columnCount - 1;
    // The column's conditional formats go with its cells; those of the table columns right of it move left.
    sheet.conditionalFormats.clear({ row: table.row, column: index, rowCount: table.rowCount, columnCount: 1 });
    sheet.conditionalFormats.shiftLeftWithin(table.row, table.rowCount, index + 1, last + 1);
    for (let r = table.row; r < table.row + table.rowCount; r++) {
      for (let c = index; c < last; c++) {
        const next = sheet.cell(r, c + 1);
        sheet.clear(r, c, 1, 1);
        if (next.formula !== undefined) sheet.setFormula(r, c, next.formula, next.value ?? '');
        else sheet.setValue(r, c, next.value);
        sheet.setFormat(r, c, next.format);
        sheet.setFill(r, c, next.fill);
        sheet.setBold(r, c, next.bold ?? false);
      }
      sheet.clear(r, last, 1, 1);
    }
    table.columnCount -= 1;
    if (table.columnCount === 0) this.tables.splice(this.tables.indexOf(table), 1);
  }

  /** Inserts whole sheet columns; tables right of them move, a table they cut through grows. */
  insertColumns(sheetName: string, at: number, count: number): void {
    const sheet = this.requireSheet(sheetName);
    sheet.insertColumns(at, count);
    for (const t of this.tables) {
      if (t.sheet !== sheet.name) continue;
      if (t.column >= at) t.column += count;
      else if (at < t.column + t.columnCount) t.columnCount += count;
    }
  }

  /** Deletes whole sheet columns; tables lose the deleted columns (and disappear when none are left). */
  deleteColumns(sheetName: string, at: number, count: number): void {
    const sheet = this.requireSheet(sheetName);
    sheet.deleteColumns(at, count);
    for (let i = this.tables.length - 1; i >= 0; i--) {
      const t = this.tables[i]!;
      if (t.sheet !== sheet.name) continue;
      const start = t.column;
      const end = t.column + t.columnCount;
      const overlap = Math.max(0, Math.min(end, at + count) - Math.max(start, at));
      t.columnCount -= overlap;
      if (start >= at + count) t.column -= count;
      else if (start > at) t.column = at;
      if (t.columnCount <= 0) this.tables.splice(i, 1);
    }
  }

  // ---- comparison ------------------------------------------------------------------------------

  /** Everything in the workbook as plain data, for exact before/after comparisons. */
  snapshot(): { sheets: Record<string, string[]>; tables: MemoryTable[]; settings: Record<string, string> } {
    return {
      sheets: Object.fromEntries(this.sheetList.map((s) => [s.name, s.snapshot()])),
      tables: this.tables.map((t) => ({ ...t })),
      settings: Object.fromEntries(this.settings),
    };
  }
}
