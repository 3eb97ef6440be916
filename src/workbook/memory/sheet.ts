import type { CellError } from '../../engine';
import { a1, MAX_COLUMNS, MAX_ROWS } from '../cells';
import { ConditionalFormats } from './conditionalFormats';

/** What a cell can hold: a number, text, a boolean or an error value (`{ error: '#N/A' }`). */
export type Scalar = number | string | boolean | CellError;

/** One cell, as tests and the preview see it. Absent fields are "not set". */
export interface CellContent {
  readonly value?: Scalar;
  /** A formula ("=A1*2"); `value` then holds its last result. */
  readonly formula?: string;
  readonly format?: string;
  readonly fill?: string;
  readonly bold?: boolean;
}

export interface ChartRecord {
  readonly name: string;
  readonly type: string;
  readonly title: string;
  /** Source data on this sheet, A1 ("A20:C41"). */
  readonly source: string;
  readonly seriesBy: string;
  /** Category labels' cells as Excel infers them from the source (A1), absent when Excel numbers the categories itself. */
  readonly categories?: string;
  /** Series names as Excel infers them from the source, one per series. */
  readonly seriesNames: string[];
  /** Chart type per series, e.g. ["ColumnClustered", "Line"]. */
  readonly seriesTypes: string[];
  /** Top-left and bottom-right cells ("H5", "P24"). */
  readonly position: [string, string];
}

/**
 * Cells of one column, stored densely by row: a 100k-row client table is a handful of arrays, not
 * a million objects. Formats and values are the common case; formulas, fills and bold are sparse.
 */
class ColumnStore {
  values: (Scalar | undefined)[] = [];
  formats: (string | undefined)[] = [];
  formulas = new Map<number, string>();
  fills = new Map<number, string>();
  bold = new Set<number>();

  isEmpty(): boolean {
    return (
      this.formulas.size === 0 &&
      this.fills.size === 0 &&
      this.bold.size === 0 &&
      !this.values.some((v) => v !== undefined) &&
      !this.formats.some((f) => f !== undefined)
    );
  }
}

export const isFilledValue = (v: Scalar | undefined): boolean => v !== undefined && v !== '';

export class MemorySheet {
  private columns = new Map<number, ColumnStore>();
  readonly hiddenRows = new Set<number>();
  readonly columnWidths = new Map<number, number>();
  readonly charts: ChartRecord[] = [];
  readonly conditionalFormats = new ConditionalFormats();
  protected = false;

  constructor(public name: string) {}

  private store(column: number): ColumnStore {
    let s = this.columns.get(column);
    if (!s) {
      if (column < 0 || column >= MAX_COLUMNS) throw new RangeError(`Column ${column} is outside the sheet.`);
      s = new ColumnStore();
      this.columns.set(column, s);
    }
    return s;
  }

  private checkRow(row: number): void {
    if (row < 0 || row >= MAX_ROWS) throw new RangeError(`Row ${row} is outside the sheet.`);
  }

  value(row: number, column: number): Scalar | undefined {
    return this.columns.get(column)?.values[row];
  }

  formula(row: number, column: number): string | undefined {
    return this.columns.get(column)?.formulas.get(row);
  }

  format(row: number, column: number): string | undefined {
    return this.columns.get(column)?.formats[row];
  }

  fill(row: number, column: number): string | undefined {
    return this.columns.get(column)?.fills.get(row);
  }

  /** The fill the cell shows: a conditional format's colour for its text, else its own fill. */
  displayFill(row: number, column: number): string | undefined {
    const v = this.value(row, column);
    return (
      this.conditionalFormats.fillFor(row, column, v === undefined ? undefined : typeof v === 'object' ? v.error : String(v)) ??
      this.fill(row, column)
    );
  }

  cell(row: number, column: number): CellContent {
    const s = this.columns.get(column);
    if (!s) return {};
    const value = s.values[row];
    const formula = s.formulas.get(row);
    const format = s.formats[row];
    const fill = s.fills.get(row);
    return {
      ...(value !== undefined ? { value } : {}),
      ...(formula !== undefined ? { formula } : {}),
      ...(format !== undefined ? { format } : {}),
      ...(fill !== undefined ? { fill } : {}),
      ...(s.bold.has(row) ? { bold: true } : {}),
    };
  }

  /** A cell "holds something" when it has a non-empty value or a formula (formatting alone does not count). */
  isFilled(row: number, column: number): boolean {
    const s = this.columns.get(column);
    return !!s && (isFilledValue(s.values[row]) || s.formulas.has(row));
  }

  /** Sets a literal value (never a formula); undefined empties the cell's content. */
  setValue(row: number, column: number, value: Scalar | undefined): void {
    this.checkRow(row);
    const s = this.store(column);
    s.formulas.delete(row);
    if (value === undefined || value === '') {
      if (row < s.values.length) s.values[row] = undefined;
    } else s.values[row] = value;
  }

  setFormula(row: number, column: number, formula: string, result: Scalar): void {
    this.checkRow(row);
    const s = this.store(column);
    s.values[row] = result;
    s.formulas.set(row, formula);
  }

  setFormat(row: number, column: number, format: string | undefined): void {
    this.checkRow(row);
    const s = this.store(column);
    if (format === undefined || format === 'General') {
      if (row < s.formats.length) s.formats[row] = undefined;
    } else s.formats[row] = format;
  }

  setFill(row: number, column: number, colour: string | undefined): void {
    this.checkRow(row);
    const s = this.store(column);
    if (colour === undefined) s.fills.delete(row);
    else s.fills.set(row, colour.toUpperCase());
  }

  setBold(row: number, column: number, bold: boolean): void {
    this.checkRow(row);
    const s = this.store(column);
    if (bold) s.bold.add(row);
    else s.bold.delete(row);
  }

  /** Clears content and formats of a rectangle. */
  clear(row: number, column: number, rowCount: number, columnCount: number): void {
    for (let c = column; c < column + columnCount; c++) {
      const s = this.columns.get(c);
      if (!s) continue;
      const end = Math.min(row + rowCount, Math.max(s.values.length, s.formats.length));
      for (let r = row; r < end; r++) {
        if (r < s.values.length) s.values[r] = undefined;
        if (r < s.formats.length) s.formats[r] = undefined;
      }
      for (const map of [s.formulas, s.fills]) for (const r of [...map.keys()]) if (r >= row && r < row + rowCount) map.delete(r);
      for (const r of [...s.bold]) if (r >= row && r < row + rowCount) s.bold.delete(r);
      if (s.isEmpty()) this.columns.delete(c);
    }
  }

  /** Inserts whole columns at `at`: everything from `at` moves right by `count` (cells pushed off the sheet are lost, as in Excel it is refused). */
  insertColumns(at: number, count: number): void {
    const last = Math.max(-1, ...this.columns.keys());
    if (last + count >= MAX_COLUMNS && last >= at) throw new RangeError('Inserting columns would push data off the sheet.');
    this.columns = new Map([...this.columns].map(([c, s]) => [c >= at ? c + count : c, s]));
    this.conditionalFormats.insertColumns(at, count);
    const widths = [...this.columnWidths];
    this.columnWidths.clear();
    for (const [c, w] of widths) this.columnWidths.set(c >= at ? c + count : c, w);
  }

  /** Deletes whole columns: everything right of them moves left. */
  deleteColumns(at: number, count: number): void {
    const moved = [...this.columns]
      .filter(([c]) => c < at || c >= at + count)
      .map(([c, s]) => [c >= at + count ? c - count : c, s] as const);
    this.columns = new Map(moved);
    this.conditionalFormats.deleteColumns(at, count, MAX_ROWS);
    const widths = [...this.columnWidths].filter(([c]) => c < at || c >= at + count);
    this.columnWidths.clear();
    for (const [c, w] of widths) this.columnWidths.set(c >= at + count ? c - count : c, w);
  }

  /** Columns that hold anything, ascending. */
  usedColumns(): number[] {
    return [...this.columns.keys()].sort((a, b) => a - b);
  }

  /** Bounding box of the filled cells (values and formulas), or undefined for an empty sheet. */
  usedRange(): { row: number; column: number; rowCount: number; columnCount: number } | undefined {
    let r0 = Infinity;
    let r1 = -1;
    let c0 = Infinity;
    let c1 = -1;
    for (const [c, s] of this.columns) {
      let any = false;
      s.values.forEach((v, r) => {
        if (isFilledValue(v)) {
          any = true;
          if (r < r0) r0 = r;
          if (r > r1) r1 = r;
        }
      });
      for (const r of s.formulas.keys()) {
        any = true;
        if (r < r0) r0 = r;
        if (r > r1) r1 = r;
      }
      if (any) {
        if (c < c0) c0 = c;
        if (c > c1) c1 = c;
      }
    }
    return r1 < 0 ? undefined : { row: r0, column: c0, rowCount: r1 - r0 + 1, columnCount: c1 - c0 + 1 };
  }

  /** Any filled cell in row `row` between columns c0..c1 (inclusive)? */
  rowFilled(row: number, c0: number, c1: number): boolean {
    if (row < 0 || row >= MAX_ROWS) return false;
    for (const c of this.columns.keys()) if (c >= c0 && c <= c1 && this.isFilled(row, c)) return true;
    return false;
  }

  /** Any filled cell in column `column` between rows r0..r1 (inclusive)? */
  columnFilled(column: number, r0: number, r1: number): boolean {
    const s = this.columns.get(column);
    if (!s) return false;
    const end = Math.min(r1, s.values.length - 1);
    for (let r = Math.max(0, r0); r <= end; r++) if (isFilledValue(s.values[r])) return true;
    for (const r of s.formulas.keys()) if (r >= r0 && r <= r1) return true;
    return false;
  }

  /**
   * Every cell that holds anything, as sorted lines ("C5 v=12 fmt=0.0% fill=#C6EFCE"), for exact
   * before/after comparisons in tests.
   */
  snapshot(): string[] {
    const lines: { row: number; column: number; text: string }[] = [];
    for (const [c, s] of this.columns) {
      const rows = new Set<number>([...s.formulas.keys(), ...s.fills.keys(), ...s.bold]);
      s.values.forEach((v, r) => {
        if (v !== undefined) rows.add(r);
      });
      s.formats.forEach((f, r) => {
        if (f !== undefined) rows.add(r);
      });
      for (const r of rows) lines.push({ row: r, column: c, text: JSON.stringify(this.cell(r, c)) });
    }
    lines.sort((a, b) => a.row - b.row || a.column - b.column);
    const extra = [
      ...[...this.hiddenRows].sort((a, b) => a - b).map((r) => `hidden row ${r}`),
      ...[...this.columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => `width ${c}=${w}`),
      ...this.charts.map((ch) => `chart ${JSON.stringify(ch)}`),
      ...this.conditionalFormats.snapshot(a1),
    ];
    return [...lines.map((l) => `${l.row},${l.column} ${l.text}`), ...extra];
  }
}
