import type { ColourRule } from '../port';

interface Area {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Colour rules on a rectangle of one sheet, as Excel keeps a conditional format on its range. */
export interface ConditionalFormat {
  readonly area: Area;
  readonly rules: readonly ColourRule[];
}

const inside = (a: Area, row: number, column: number) =>
  row >= a.row && row < a.row + a.rowCount && column >= a.column && column < a.column + a.columnCount;

/** `a` minus `b`: at most four rectangles (above, below, left, right of the overlap). */
function subtractArea(a: Area, b: Area): Area[] {
  const r0 = Math.max(a.row, b.row);
  const r1 = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const c0 = Math.max(a.column, b.column);
  const c1 = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  if (r0 >= r1 || c0 >= c1) return [a];
  const pieces: Area[] = [];
  if (r0 > a.row) pieces.push({ ...a, rowCount: r0 - a.row });
  if (r1 < a.row + a.rowCount) pieces.push({ ...a, row: r1, rowCount: a.row + a.rowCount - r1 });
  if (c0 > a.column) pieces.push({ row: r0, column: a.column, rowCount: r1 - r0, columnCount: c0 - a.column });
  if (c1 < a.column + a.columnCount) pieces.push({ row: r0, column: c1, rowCount: r1 - r0, columnCount: a.column + a.columnCount - c1 });
  return pieces;
}

/**
 * The conditional formats of one sheet. A cell's shown fill is the fill of the newest rule whose
 * text equals the cell's text (Excel's "Cell Value equal to" compares text case-insensitively),
 * over the cell's own fill. See docs/excel-behaviour.md, "Conditional formats".
 */
export class ConditionalFormats {
  private list: ConditionalFormat[] = [];

  get all(): readonly ConditionalFormat[] {
    return this.list;
  }

  add(area: Area, rules: readonly ColourRule[]): void {
    this.list.push({ area: { ...area }, rules: rules.map((r) => ({ text: r.text, fill: r.fill.toUpperCase() })) });
  }

  /**
   * Sets the rules of the format on `area` whose rules are `old` (the same array, as handed out), or
   * adds one: how a conditional format built step by step (add, then colour, then rule) lands.
   */
  replaceRules(area: Area, old: readonly ColourRule[], rules: readonly ColourRule[]): readonly ColourRule[] {
    const i = this.list.findIndex((f) => f.rules === old);
    const next = { area: { ...area }, rules: rules.map((r) => ({ text: r.text, fill: r.fill.toUpperCase() })) };
    if (i >= 0) this.list[i] = next;
    else this.list.push(next);
    return next.rules;
  }

  /** Removes the formats from `area` (a format partly inside keeps the rest of its range). */
  clear(area: Area): void {
    this.list = this.list.flatMap((f) => subtractArea(f.area, area).map((a) => ({ area: a, rules: f.rules })));
  }

  fillFor(row: number, column: number, text: string | undefined): string | undefined {
    if (text === undefined) return undefined;
    const key = text.toLowerCase();
    for (let i = this.list.length - 1; i >= 0; i--) {
      const f = this.list[i]!;
      if (!inside(f.area, row, column)) continue;
      const rule = f.rules.find((r) => r.text.toLowerCase() === key);
      if (rule) return rule.fill;
    }
    return undefined;
  }

  /** Whole sheet columns inserted at `at`: formats right of them move right. */
  insertColumns(at: number, count: number): void {
    this.list = this.list.map((f) => (f.area.column >= at ? { ...f, area: { ...f.area, column: f.area.column + count } } : f));
  }

  /** Whole sheet columns deleted: their formats go, formats right of them move left. */
  deleteColumns(at: number, count: number, maxRows: number): void {
    this.clear({ row: 0, column: at, rowCount: maxRows, columnCount: count });
    this.list = this.list.map((f) => (f.area.column >= at + count ? { ...f, area: { ...f.area, column: f.area.column - count } } : f));
  }

  /** Cells of rows [row, row+rowCount) between `from` and `to` (exclusive) moved one column left (a table column deleted). */
  shiftLeftWithin(row: number, rowCount: number, from: number, to: number): void {
    this.list = this.list.map((f) => {
      const a = f.area;
      const within = a.row >= row && a.row + a.rowCount <= row + rowCount && a.column >= from && a.column + a.columnCount <= to;
      return within ? { ...f, area: { ...a, column: a.column - 1 } } : f;
    });
  }

  snapshot(a1: (area: Area) => string): string[] {
    return this.list.map((f) => `conditional format ${a1(f.area)} ${JSON.stringify(f.rules)}`);
  }
}
