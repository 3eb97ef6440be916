import type { Worksheet } from 'exceljs';
import { a1, parseA1, type CellRange } from '../cells';

/**
 * The part of exceljs's table model we read and change. exceljs keeps a loaded table as this
 * model and writes it back as is (it does not re-derive it from the cells), so adding or removing
 * our columns means changing the column list and the two range references together.
 */
export interface TableColumnModel {
  name: string;
  filterButton?: boolean;
  totalsRowLabel?: string;
  totalsRowFunction?: string;
}

export interface TableModel {
  name: string;
  displayName?: string;
  /** Header, data and totals rows ("A1:I151"). */
  tableRef?: string;
  /** Set instead of tableRef on a table made with `addTable` before it is validated. */
  ref?: string;
  /** Header and data rows (no totals row). */
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: TableColumnModel[];
}

/** The tables of a sheet, in file order (exceljs's typings do not expose the models). */
export function sheetTables(sheet: Worksheet): TableModel[] {
  const tables = (sheet as unknown as { tables?: Record<string, { table?: TableModel; model?: TableModel }> }).tables ?? {};
  return Object.values(tables).map((t) => (t.table ?? t.model)!).filter((m): m is TableModel => !!m && Array.isArray(m.columns));
}

export function findTable(sheets: readonly Worksheet[], name: string): { sheet: Worksheet; table: TableModel } | undefined {
  const key = name.toLowerCase();
  for (const sheet of sheets) {
    const table = sheetTables(sheet).find((t) => t.name.toLowerCase() === key);
    if (table) return { sheet, table };
  }
  return undefined;
}

/** The table's whole range (header, data and totals rows), 0-based. */
export function tableRange(sheet: Worksheet, table: TableModel): CellRange {
  const rect = parseA1(table.tableRef ?? table.ref ?? '');
  if (!rect) throw new Error(`Table "${table.name}" has no valid range.`);
  // A bare "A1" ref (addTable before validation) spans the columns and the header row only.
  const wide = rect.columnCount === 1 && table.columns.length > 1 ? { ...rect, columnCount: table.columns.length } : rect;
  return { sheet: sheet.name, ...wide };
}

function setRange(table: TableModel, range: CellRange): void {
  table.tableRef = a1(range);
  if (table.ref !== undefined) table.ref = a1({ ...range, rowCount: 1, columnCount: 1 });
  const filterRows = range.rowCount - (table.totalsRow ? 1 : 0);
  if (table.autoFilterRef !== undefined || table.headerRow !== false) table.autoFilterRef = a1({ ...range, rowCount: filterRows });
}

/**
 * Header names in a table must be unique (Excel repairs a file where they are not); like Excel, a
 * duplicate gets a number: "Klasse" → "Klasse2".
 */
export function uniqueColumnName(table: TableModel, wanted: string, exceptIndex = -1): string {
  const taken = new Set(table.columns.filter((_, i) => i !== exceptIndex).map((c) => c.name.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let k = 2; ; k++) if (!taken.has(`${wanted}${k}`.toLowerCase())) return `${wanted}${k}`;
}

/** Widens the table by one column at its right end; returns the (unique) header used. */
export function addColumn(sheet: Worksheet, table: TableModel, header: string): string {
  const range = tableRange(sheet, table);
  const name = uniqueColumnName(table, header);
  table.columns.push({ name, filterButton: true, totalsRowFunction: 'none' });
  setRange(table, { ...range, columnCount: range.columnCount + 1 });
  return name;
}

/** Narrows the table by the column at `index` (0-based in the table); the caller moves the cells. */
export function removeColumn(sheet: Worksheet, table: TableModel, index: number): void {
  const range = tableRange(sheet, table);
  table.columns.splice(index, 1);
  setRange(table, { ...range, columnCount: range.columnCount - 1 });
}

/**
 * Repairs what exceljs gets wrong when it reads a table, so saving does not change the user's tables:
 * it reads filter buttons wrongly (a filter without a `hiddenButton` attribute comes back as a
 * hidden button, matched by list position instead of column id), so every button would vanish; and
 * a table without a filter would be written with an empty, invalid filter element. Tables made in
 * this session (`tl` set by exceljs's validation) are left alone.
 */
export function repairLoadedTables(sheet: Worksheet): void {
  for (const table of sheetTables(sheet)) {
    if ('tl' in table) continue;
    const hadFilter = table.autoFilterRef !== undefined;
    if (!hadFilter) {
      const range = tableRange(sheet, table);
      table.autoFilterRef = a1({ ...range, rowCount: range.rowCount - (table.totalsRow ? 1 : 0) });
    }
    // Excel shows the buttons of a filtered table by default, and none on a table without a filter.
    for (const column of table.columns) column.filterButton = hadFilter;
  }
}
