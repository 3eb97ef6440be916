import type { CellValue, Message } from '../engine';
import { MAX_COLUMNS, rangeAddress, type CellRange } from './cells';
import type { BesideContent, LocatedTable } from './port';
import { isOwnHeaderRow, RESULT_COLUMN_COUNT, type ResultsEntry, type ResultsRecord } from './results';

/**
 * Where the client table is and where our result columns go, decided before reading the data:
 * a re-run finds its own columns inside the located range (the surrounding region or the Excel
 * Table includes them) and leaves them, and anything right of them, out of the client table.
 */
export interface TablePlan {
  readonly located: LocatedTable;
  /** The client table: the located range without our own result columns. */
  readonly clientRange: CellRange;
  /** Header row plus data rows of the client table. */
  readonly tableRows: number;
  readonly outputColumn: number;
  /** Our columns are inside the located range (the region or the Excel Table grew over them). */
  readonly ownIncluded: boolean;
  readonly entry?: ResultsEntry;
  /** Block rows known to be ours before reading (header = row 0). */
  readonly ownRows: number;
  /** Cells to check before writing: where our columns go, minus what we know is ours. */
  readonly beside?: CellRange;
}

function sameSheet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function findEntry(record: ResultsRecord, sheet: string, headerRow: number, column: number, tableName?: string): ResultsEntry | undefined {
  return (tableName ? record.entries.find((e) => e.tableName === tableName && sameSheet(e.sheet, sheet)) : undefined)
    ?? record.entries.find((e) => sameSheet(e.sheet, sheet) && e.headerRow === headerRow && e.column === column);
}

/** Where our eight header cells sit in a header row (the first run of them), or -1. */
export function ownColumnsAt(header: readonly CellValue[], inTable: boolean): number {
  for (let i = 0; i + RESULT_COLUMN_COUNT <= header.length; i++) {
    if (isOwnHeaderRow(header.slice(i, i + RESULT_COLUMN_COUNT), inTable)) return i;
  }
  return -1;
}

export function planTable(located: LocatedTable, record: ResultsRecord): TablePlan | Message {
  const { range } = located;
  const at = ownColumnsAt(located.header, located.tableName !== undefined);
  const ownIncluded = at > 0;
  // Columns after ours (a note the user typed next to our block, which the region then includes) are not client data.
  const clientRange: CellRange = ownIncluded ? { ...range, columnCount: at } : range;
  const outputColumn = clientRange.column + clientRange.columnCount;
  if (outputColumn + RESULT_COLUMN_COUNT > MAX_COLUMNS) {
    return { code: 'workbook.noRoom', params: { address: rangeAddress(clientRange), count: RESULT_COLUMN_COUNT, sheet: range.sheet } };
  }
  const tableRows = range.rowCount;
  const entry = findEntry(record, range.sheet, range.row, outputColumn, located.tableName);
  const matchingEntry = entry && entry.column === outputColumn && entry.headerRow === range.row ? entry : undefined;
  // In an Excel Table every cell of our table columns is ours; on a plain sheet only the rows we wrote.
  const ownRows = !ownIncluded ? 0 : located.tableName ? tableRows : matchingEntry?.rowCount ?? tableRows;
  const block = (row: number, rowCount: number): CellRange => ({ sheet: range.sheet, row: range.row + row, column: outputColumn, rowCount, columnCount: RESULT_COLUMN_COUNT });
  const beside = !ownIncluded ? block(0, tableRows) : ownRows < tableRows ? block(ownRows, tableRows - ownRows) : undefined;
  return {
    located, clientRange, tableRows, outputColumn, ownIncluded, ...(matchingEntry ? { entry: matchingEntry } : {}), ownRows,
    ...(beside ? { beside } : {}),
  };
}

export interface Ownership {
  /** Our columns exist (included in the range or right beside it) and are updated in place. */
  readonly own: boolean;
  /** Block rows that are ours (header = row 0). */
  readonly ownRows: number;
  /** Filled cells where our columns would go that are not ours (sheet coordinates). */
  readonly occupied: readonly { row: number; column: number }[];
}

/** After reading the cells beside the table: which are ours, which are the user's. */
export function resolveOwnership(plan: TablePlan, beside: BesideContent | undefined): Ownership {
  let own = plan.ownIncluded;
  let ownRows = plan.ownRows;
  if (!own && beside && isOwnHeaderRow(beside.header, plan.located.tableName !== undefined)) {
    own = true;
    ownRows = plan.entry?.rowCount ?? plan.tableRows;
  }
  const occupied: { row: number; column: number }[] = [];
  if (plan.beside && beside) {
    beside.filled.forEach((cells, r) => {
      const blockRow = plan.beside!.row - plan.clientRange.row + r;
      if (own && blockRow < ownRows) return;
      cells.forEach((filled, c) => { if (filled) occupied.push({ row: plan.beside!.row + r, column: plan.beside!.column + c }); });
    });
  }
  return { own, ownRows, occupied };
}
