import { columnIndex, columnLetter, quoteSheet } from '../engine';

/** Excel's grid: 1,048,576 rows by 16,384 columns (A..XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells on one sheet; rows and columns are 0-based, like Office.js `getRangeByIndexes`. */
export interface CellRange {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** "A1:H151" (or "A1" for one cell), without the sheet. */
export function a1(range: Omit<CellRange, 'sheet'>): string {
  const start = `${columnLetter(range.column)}${range.row + 1}`;
  if (range.rowCount === 1 && range.columnCount === 1) return start;
  return `${start}:${columnLetter(range.column + range.columnCount - 1)}${range.row + range.rowCount}`;
}

/** "Klanten!A1:H151", quoting the sheet name when Excel would. */
export function rangeAddress(range: CellRange): string {
  return `${quoteSheet(range.sheet)}!${a1(range)}`;
}

/** "I:P": whole columns, for inserting or deleting sheet columns. */
export function columnsAddress(column: number, count: number): string {
  return `${columnLetter(column)}:${columnLetter(column + count - 1)}`;
}

/**
 * Parses an A1 reference without sheet: "B3", "A1:H151", or whole columns "I:P".
 * Returns undefined for anything else (the adapters only ever pass these shapes).
 */
export function parseA1(address: string): Omit<CellRange, 'sheet'> | undefined {
  const parts = address.replace(/\$/g, '').toUpperCase().split(':');
  if (parts.length > 2) return undefined;
  const cells = parts.map((p) => /^([A-Z]{1,3})?(\d+)?$/.exec(p));
  if (cells.some((m) => !m || (!m[1] && !m[2]))) return undefined;
  const first = cells[0];
  const last = cells[1] ?? first;
  if (!first || !last) return undefined;
  if (!first[2] && !last[2] && first[1] && last[1]) {
    const c0 = columnIndex(first[1]);
    const c1 = columnIndex(last[1]);
    return { row: 0, column: Math.min(c0, c1), rowCount: MAX_ROWS, columnCount: Math.abs(c1 - c0) + 1 };
  }
  if (!first[1] || !first[2] || !last[1] || !last[2]) return undefined;
  const r0 = Number(first[2]) - 1;
  const r1 = Number(last[2]) - 1;
  const c0 = columnIndex(first[1]);
  const c1 = columnIndex(last[1]);
  return { row: Math.min(r0, r1), column: Math.min(c0, c1), rowCount: Math.abs(r1 - r0) + 1, columnCount: Math.abs(c1 - c0) + 1 };
}

export function sameRange(a: CellRange, b: CellRange): boolean {
  return (
    a.sheet.toLowerCase() === b.sheet.toLowerCase() &&
    a.row === b.row &&
    a.column === b.column &&
    a.rowCount === b.rowCount &&
    a.columnCount === b.columnCount
  );
}

/** Lists cell addresses for a message: the first few, then "and 12 more". */
export function listCells(cells: readonly { row: number; column: number }[], max = 5): { shown: string; more: number } {
  const shown = cells
    .slice(0, max)
    .map((c) => `${columnLetter(c.column)}${c.row + 1}`)
    .join(', ');
  return { shown, more: Math.max(0, cells.length - max) };
}

/** What Excel's CurrentRegion needs to know of a sheet: whether a stretch of a row or a column holds anything. */
export interface FilledCells {
  rowFilled(row: number, fromColumn: number, toColumn: number): boolean;
  columnFilled(column: number, fromRow: number, toRow: number): boolean;
}

/**
 * Excel's CurrentRegion around a cell: the smallest rectangle whose surrounding ring of cells (diagonals
 * included) is empty. Rows are grown first (cheap), columns only when a row touched them. One rule for the
 * in-memory workbook and the .xlsx reader, so the preview and the CLI find the same table.
 */
export function currentRegion(sheet: FilledCells, row: number, column: number): Omit<CellRange, 'sheet'> {
  let r0 = row;
  let r1 = row;
  let c0 = column;
  let c1 = column;
  for (;;) {
    const left = Math.max(0, c0 - 1);
    const right = Math.min(MAX_COLUMNS - 1, c1 + 1);
    while (r0 > 0 && sheet.rowFilled(r0 - 1, left, right)) r0--;
    while (r1 < MAX_ROWS - 1 && sheet.rowFilled(r1 + 1, left, right)) r1++;
    let widened = false;
    if (c0 > 0 && sheet.columnFilled(c0 - 1, r0 - 1, r1 + 1)) {
      c0--;
      widened = true;
    }
    if (c1 < MAX_COLUMNS - 1 && sheet.columnFilled(c1 + 1, r0 - 1, r1 + 1)) {
      c1++;
      widened = true;
    }
    if (!widened) break;
  }
  return { row: r0, column: c0, rowCount: r1 - r0 + 1, columnCount: c1 - c0 + 1 };
}
