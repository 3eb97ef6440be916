import { displayText, plannedInsightColumns, type CellValue, type InsightColumn, type ScoringModel } from '../engine';
import { MAX_COLUMNS, rangeAddress, type CellRange } from './cells';
import type { BesideContent, LocatedTable } from './port';
import { insightColumnOf, isOwnHeaderRow, ownInsightColumns, RESULT_COLUMN_COUNT, type ResultsEntry, type ResultsRecord } from './results';
import type { CatalogMessage } from '../i18n/catalog';

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
  /**
   * The insight columns after the eight fixed ones, in block order: those already written keep their
   * place (emptied when their input is gone, so no header ever moves, which an Excel Table could not
   * follow), new ones come after them.
   */
  readonly layout: readonly InsightColumn[];
  /** Columns of the block this run writes: 8 plus the layout. */
  readonly width: number;
  /** Block columns known to be ours before reading (0 when our block is not in the located range). */
  readonly ownColumns: number;
}

function sameSheet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function findEntry(
  record: ResultsRecord,
  sheet: string,
  headerRow: number,
  column: number,
  tableName?: string,
): ResultsEntry | undefined {
  return (
    (tableName ? record.entries.find((e) => e.tableName === tableName && sameSheet(e.sheet, sheet)) : undefined) ??
    record.entries.find((e) => sameSheet(e.sheet, sheet) && e.headerRow === headerRow && e.column === column)
  );
}

/** Where our eight header cells sit in a header row (the first run of them), or -1. */
export function ownColumnsAt(header: readonly CellValue[], inTable: boolean): number {
  for (let i = 0; i + RESULT_COLUMN_COUNT <= header.length; i++) {
    if (isOwnHeaderRow(header.slice(i, i + RESULT_COLUMN_COUNT), inTable)) return i;
  }
  return -1;
}

/**
 * Our insight columns already in the header row after our eight: recognised by their headers and,
 * when the settings record knows the block, only as far as it says we wrote them (a user's own
 * "Marge" column typed right after ours stays the user's).
 */
function writtenInsightColumns(
  header: readonly CellValue[],
  at: number,
  inTable: boolean,
  entry: ResultsEntry | undefined,
): InsightColumn[] {
  const found = ownInsightColumns(header.slice(at + RESULT_COLUMN_COUNT), inTable);
  if (!entry) return found;
  const recorded = entry.headers.slice(RESULT_COLUMN_COUNT).map((h) => insightColumnOf(h, inTable));
  const agree = found.findIndex((kind, j) => recorded[j] !== kind);
  return agree < 0 ? found : found.slice(0, agree);
}

/**
 * `model` decides the insight columns (from the client headers alone, before any data is read); without
 * one (detecting the table) only the eight fixed columns are planned.
 */
export function planTable(located: LocatedTable, record: ResultsRecord, model?: ScoringModel): TablePlan | CatalogMessage {
  const { range } = located;
  const inTable = located.tableName !== undefined;
  const at = ownColumnsAt(located.header, inTable);
  const ownIncluded = at > 0;
  // Columns after ours (a note the user typed next to our block, which the region then includes) are not client data.
  const clientRange: CellRange = ownIncluded ? { ...range, columnCount: at } : range;
  const outputColumn = clientRange.column + clientRange.columnCount;
  const tableRows = range.rowCount;
  const entry = findEntry(record, range.sheet, range.row, outputColumn, located.tableName);
  const matchingEntry = entry && entry.column === outputColumn && entry.headerRow === range.row ? entry : undefined;
  const written = ownIncluded ? writtenInsightColumns(located.header, at, inTable, matchingEntry) : [];
  const wanted = model
    ? plannedInsightColumns(
        located.header.slice(0, clientRange.columnCount).map((h) => displayText(h, 255).trim()),
        model,
      )
    : [];
  const layout = [...written, ...wanted.filter((kind) => !written.includes(kind))];
  const width = RESULT_COLUMN_COUNT + layout.length;
  if (outputColumn + width > MAX_COLUMNS) {
    return { code: 'workbook.noRoom', params: { address: rangeAddress(clientRange), count: width, sheet: range.sheet } };
  }
  // In an Excel Table every cell of our table columns is ours; on a plain sheet only the rows we wrote.
  const ownRows = !ownIncluded ? 0 : located.tableName ? tableRows : (matchingEntry?.rowCount ?? tableRows);
  const ownColumns = ownIncluded ? RESULT_COLUMN_COUNT + written.length : 0;
  // What is not known to be ours: the rows below our old block (all columns) and the new columns (all
  // rows). One rectangle around both; `resolveOwnership` leaves out the cells that are ours.
  const grows = ownIncluded && width > ownColumns;
  const fromRow = grows ? 0 : ownRows;
  const fromColumn = ownIncluded && ownRows >= tableRows ? ownColumns : 0;
  const beside: CellRange | undefined =
    fromRow < tableRows && fromColumn < width
      ? {
          sheet: range.sheet,
          row: range.row + fromRow,
          column: outputColumn + fromColumn,
          rowCount: tableRows - fromRow,
          columnCount: width - fromColumn,
        }
      : undefined;
  return {
    located,
    clientRange,
    tableRows,
    outputColumn,
    ownIncluded,
    ...(matchingEntry ? { entry: matchingEntry } : {}),
    ownRows,
    ...(beside ? { beside } : {}),
    layout,
    width,
    ownColumns,
  };
}

export interface Ownership {
  /** Our columns exist (included in the range or right beside it) and are updated in place. */
  readonly own: boolean;
  /** Block rows that are ours (header = row 0). */
  readonly ownRows: number;
  /** Block columns that are ours, counted from the first (the eight fixed ones plus our insight columns). */
  readonly ownColumns: number;
  /** Filled cells where our columns would go that are not ours (sheet coordinates). */
  readonly occupied: readonly { row: number; column: number }[];
}

/** After reading the cells beside the table: which are ours, which are the user's. */
export function resolveOwnership(plan: TablePlan, beside: BesideContent | undefined): Ownership {
  const inTable = plan.located.tableName !== undefined;
  let own = plan.ownIncluded;
  let ownRows = plan.ownRows;
  let ownColumns = plan.ownColumns;
  if (!own && beside && plan.beside?.column === plan.outputColumn && isOwnHeaderRow(beside.header.slice(0, RESULT_COLUMN_COUNT), inTable)) {
    own = true;
    ownRows = plan.entry?.rowCount ?? plan.tableRows;
    ownColumns = RESULT_COLUMN_COUNT + ownInsightColumns(beside.header.slice(RESULT_COLUMN_COUNT), inTable).length;
  }
  const occupied: { row: number; column: number }[] = [];
  if (plan.beside && beside) {
    const firstRow = plan.beside.row - plan.clientRange.row;
    const firstColumn = plan.beside.column - plan.outputColumn;
    beside.filled.forEach((cells, r) => {
      cells.forEach((filled, c) => {
        const ours = own && firstRow + r < ownRows && firstColumn + c < ownColumns;
        if (filled && !ours) occupied.push({ row: plan.beside!.row + r, column: plan.beside!.column + c });
      });
    });
  }
  return { own, ownRows, ownColumns, occupied };
}
