import { a1 } from '../cells';
import type { MemorySheet } from './sheet';
import type { Rect } from './workbook';

/** What a chart made from a range plots: category labels (A1, or none) and one series per column. */
export interface ChartSeriesLayout {
  /** The category labels' cells, or undefined when Excel numbers the categories 1, 2, 3, … itself. */
  readonly categories?: string;
  /** One entry per series: its name (from the header row, when there is one) and its values' cells. */
  readonly series: readonly { readonly name: string; readonly values: string }[];
}

const isText = (v: unknown) => typeof v === 'string' && v !== '';
const isBlank = (v: unknown) => v === undefined || v === '';

/**
 * How Excel splits a chart's source range when series are by columns (`charts.add(type, range,
 * "Columns")`; in Excel on the web "Auto" means columns too): the first column holds category
 * labels only when its data cells are text (or the top-left cell is blank), otherwise it is
 * plotted as a series; the first row holds series names only when it is text (or the top-left cell
 * is blank). So an all-numeric block under a text header plots its first column as a series.
 * Described in docs/excel-behaviour.md ("Chart series inference"); the exact rule is marked there
 * as unverified against Microsoft's documentation, which only says Excel "attempts to determine"
 * the labels from the first row or column.
 */
export function inferColumnSeries(sheet: MemorySheet, rect: Rect): ChartSeriesLayout {
  const topLeftBlank = isBlank(sheet.value(rect.row, rect.column));
  const below: unknown[] = [];
  for (let r = rect.row + 1; r < rect.row + rect.rowCount; r++) below.push(sheet.value(r, rect.column));
  const filledBelow = below.filter((v) => !isBlank(v));
  const categoriesInFirstColumn = rect.columnCount > 1 && (topLeftBlank || (filledBelow.length > 0 && filledBelow.every(isText)));
  const firstSeriesColumn = rect.column + (categoriesInFirstColumn ? 1 : 0);
  const header: unknown[] = [];
  for (let c = firstSeriesColumn; c < rect.column + rect.columnCount; c++) header.push(sheet.value(rect.row, c));
  const namesInFirstRow = rect.rowCount > 1 && (topLeftBlank || header.some(isText));
  const dataRow = rect.row + (namesInFirstRow ? 1 : 0);
  const dataRows = rect.row + rect.rowCount - dataRow;
  const series = header.map((name, k) => ({
    name: namesInFirstRow && !isBlank(name) ? String(name) : `Series${k + 1}`,
    values: a1({ row: dataRow, column: firstSeriesColumn + k, rowCount: dataRows, columnCount: 1 }),
  }));
  return {
    ...(categoriesInFirstColumn ? { categories: a1({ row: dataRow, column: rect.column, rowCount: dataRows, columnCount: 1 }) } : {}),
    series,
  };
}
