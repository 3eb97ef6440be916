import { isBlank, type CellValue } from '../../engine';
import { currentRegion, MAX_COLUMNS, MAX_ROWS } from '../cells';
import { FORMULA_NO_VALUE, type Rect, type SheetScan } from './sheetScan';
import type { StyleSheet } from './styles';

const inside = (r: Rect, row: number, column: number) =>
  row >= r.row && row < r.row + r.rowCount && column >= r.column && column < r.column + r.columnCount;

/** Cell questions over a scanned sheet, answered the way Office.js answers them. */
export class SheetView {
  /** One past the last row that has any cell. */
  readonly rowEnd: number;

  constructor(
    readonly name: string,
    readonly scan: SheetScan,
    private readonly styles: StyleSheet,
  ) {
    let max = 0;
    for (const r of scan.rowOrder) if (r > max) max = r;
    this.rowEnd = scan.rowOrder.length > 0 ? max + 1 : 0;
  }

  /** Part of a merged area other than its top-left cell (Office.js reports those empty). */
  private mergedAway(row: number, column: number): boolean {
    return this.scan.merges.some((m) => inside(m, row, column) && !(m.row === row && m.column === column));
  }

  /** What Excel shows: the cached result of a formula (none yet reads as empty), nothing in a merged area's other cells. */
  value(row: number, column: number): CellValue {
    const v = this.scan.rows[row]?.values[column];
    if (v === undefined || v === FORMULA_NO_VALUE) return null;
    if (v !== null && this.scan.merges.length > 0 && this.mergedAway(row, column)) return null;
    return v;
  }

  format(row: number, column: number): string {
    const s = this.scan.rows[row]?.styles?.[column];
    return s === undefined ? 'General' : (this.styles.xfFormats[s] ?? 'General');
  }

  /** A cell holds something: a value or a formula (formatting alone does not count). */
  filled(row: number, column: number): boolean {
    const v = this.scan.rows[row]?.values[column];
    if (v === undefined || v === null) return false;
    if (this.scan.merges.length > 0 && this.mergedAway(row, column)) return false;
    return v === FORMULA_NO_VALUE || !isBlank(v);
  }

  hidden(row: number): boolean {
    return this.scan.rows[row]?.hidden ?? false;
  }

  values(rect: Rect): CellValue[][] {
    return Array.from({ length: rect.rowCount }, (_, r) =>
      Array.from({ length: rect.columnCount }, (__, c) => this.value(rect.row + r, rect.column + c)),
    );
  }

  rowFilled(row: number, c0: number, c1: number): boolean {
    if (row < 0 || row >= MAX_ROWS) return false;
    const line = this.scan.rows[row];
    if (!line) return false;
    const last = Math.min(c1, line.values.length - 1);
    for (let c = Math.max(0, c0); c <= last; c++) if (this.filled(row, c)) return true;
    return false;
  }

  columnFilled(column: number, r0: number, r1: number): boolean {
    if (column < 0 || column >= MAX_COLUMNS) return false;
    for (let r = Math.max(0, r0); r <= Math.min(r1, this.rowEnd - 1); r++) if (this.filled(r, column)) return true;
    return false;
  }

  anyFilledBelow(row: number): boolean {
    for (let r = row + 1; r < this.rowEnd; r++) if (this.rowFilled(r, 0, MAX_COLUMNS - 1)) return true;
    return false;
  }

  /** Excel's CurrentRegion around a cell, by the same rule as the in-memory workbook. */
  region(row: number, column: number): Rect {
    return currentRegion(this, row, column);
  }

  /** Cells of `rect` inside a merged area or under a data validation of the user's: we never write there. */
  blocked(rect: Rect, limit = 1000): { row: number; column: number }[] {
    const zones = [...this.scan.merges, ...this.scan.validations].filter(
      (z) =>
        z.row < rect.row + rect.rowCount &&
        z.row + z.rowCount > rect.row &&
        z.column < rect.column + rect.columnCount &&
        z.column + z.columnCount > rect.column,
    );
    if (zones.length === 0) return [];
    const seen = new Set<number>();
    const out: { row: number; column: number }[] = [];
    for (const z of zones) {
      const r1 = Math.min(rect.row + rect.rowCount, z.row + z.rowCount);
      const c1 = Math.min(rect.column + rect.columnCount, z.column + z.columnCount);
      for (let r = Math.max(rect.row, z.row); r < r1 && out.length < limit; r++) {
        for (let c = Math.max(rect.column, z.column); c < c1; c++) {
          const key = r * MAX_COLUMNS + c;
          if (!seen.has(key)) {
            seen.add(key);
            out.push({ row: r, column: c });
          }
        }
      }
    }
    return out.sort((a, b) => a.row - b.row || a.column - b.column);
  }
}
