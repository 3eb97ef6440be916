import { a1, columnsAddress } from '../cells';
import type { ColourRule, ReportSpec, WritePlan } from '../port';
import type { XlContext, XlRange } from './api';
import type { BlockSlice, PreparedBlock } from './chunks';
import { excelLiteral } from './text';

/*
 * The order of a write, chosen so that a failure at ANY operation leaves a workbook that "remove
 * results" restores exactly (Office.js applies a batch in order and stops at the first failing
 * operation; what ran before it stays): the results record first, so whatever follows is on record;
 * then each block's header cells right after its columns exist, so our cells are recognisable as
 * ours; then formats, colours and the data rows. The report sheet gets its values (its title) right
 * after it is added. Removal steps run before the record is deleted, last.
 */

/** The results record, saved before anything else (see above). */
export function queueRecord(ctx: XlContext, plan: WritePlan, recordKey: string): void {
  const value = plan.settings?.[recordKey];
  if (typeof value === 'string') ctx.workbook.settings.add(recordKey, value);
}

/** Old report sheets out, sheet columns in, table columns added, then at once our header cells, formats and colours. */
export function queueStructure(ctx: XlContext, plan: WritePlan, blocks: readonly PreparedBlock[]): void {
  const wb = ctx.workbook;
  for (const name of plan.deleteSheets ?? []) wb.worksheets.getItem(name).delete();
  if (plan.insertColumns) {
    const { sheet, column, count } = plan.insertColumns;
    wb.worksheets.getItem(sheet).getRange(columnsAddress(column, count)).insert('Right');
  }
  if (plan.addTableColumns) {
    const table = wb.tables.getItem(plan.addTableColumns.tableName);
    // Index null appends at the end (ExcelApi 1.4; the docs say "null or -1", not undefined); no values:
    // the body is written in chunks below.
    for (const header of plan.addTableColumns.headers) table.columns.add(null, undefined, header);
  }
  for (const prepared of blocks) queueBlockHead(ctx, prepared);
}

/** A single value for a range's number format: Excel applies it to every cell of the range. */
interface UniformNumberFormat {
  numberFormat: string;
}

function queueBlockHead(ctx: XlContext, prepared: PreparedBlock): void {
  const { block, rows } = prepared;
  if (rows === 0) return;
  const ws = ctx.workbook.worksheets.getItem(block.sheet);
  ws.getRangeByIndexes(block.row, block.column, 1, block.columns.length).values = [prepared.header as (string | number)[]];
  block.columns.forEach((col, c) => {
    const cells = ws.getRangeByIndexes(block.row, block.column + c, rows, 1);
    // "If the argument is a single value, it will be applied to all cells in the range" (Excel.Range,
    // numberFormat): one format per column instead of one per cell. Set before the values, so "@" keeps text text.
    (cells as unknown as UniformNumberFormat).numberFormat = col.numberFormat;
    if (col.colourRules)
      queueColourRules(cells, rows > 1 ? ws.getRangeByIndexes(block.row + 1, block.column + c, rows - 1, 1) : undefined, col.colourRules);
  });
}

/** Excel's formula text for a string constant: ="A", quotes doubled. */
function textFormula(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

function queueColourRules(column: XlRange, data: XlRange | undefined, rules: readonly ColourRule[]): void {
  // Our cells only: last run's colours (conditional, or per-cell fills of older versions) go.
  column.conditionalFormats.clearAll();
  column.format.fill.clear();
  if (!data) return;
  // "Cell value equal to": the colour follows the text, also when the user types another class over ours.
  for (const rule of rules) {
    const format = data.conditionalFormats.add('CellValue');
    format.cellValue.format.fill.color = rule.fill;
    format.cellValue.rule = { formula1: textFormula(rule.text), operator: 'EqualTo' };
  }
}

/** One slice of data rows: values only (formats and colours are per column, set with the header). */
export function queueBlockRows(ctx: XlContext, slice: BlockSlice): void {
  const { prepared, start, count } = slice;
  const { block } = prepared;
  const values: (string | number)[][] = [];
  for (let r = start; r < start + count; r++) values.push(prepared.literals.map((col) => col[r]!));
  ctx.workbook.worksheets.getItem(block.sheet).getRangeByIndexes(block.row + start, block.column, count, block.columns.length).values =
    values;
}

/** Removal steps and the report. */
export function queueRest(ctx: XlContext, plan: WritePlan): void {
  const wb = ctx.workbook;
  for (const r of plan.clear ?? []) {
    const range = wb.worksheets.getItem(r.sheet).getRangeByIndexes(r.row, r.column, r.rowCount, r.columnCount);
    // Explicitly: whether clear("All") removes conditional formats is not documented.
    range.conditionalFormats.clearAll();
    range.clear('All');
  }
  for (const d of plan.deleteTableColumns ?? []) {
    const table = wb.tables.getItem(d.tableName);
    for (const header of [...d.headers].reverse()) table.columns.getItem(header).delete();
  }
  for (const d of plan.deleteColumns ?? []) wb.worksheets.getItem(d.sheet).getRange(columnsAddress(d.column, d.count)).delete('Left');
  if (plan.report) queueReport(ctx, plan.report);
  for (const sheet of plan.sheets ?? []) queueReport(ctx, sheet);
}

/** Settings other than a saved record, and the record's deletion: after everything else. */
export function queueLastSettings(ctx: XlContext, plan: WritePlan, recordKey: string): void {
  for (const [key, value] of Object.entries(plan.settings ?? {})) {
    if (value === null) ctx.workbook.settings.getItem(key).delete();
    else if (key !== recordKey) ctx.workbook.settings.add(key, value);
  }
}

function queueReport(ctx: XlContext, report: ReportSpec): void {
  const ws = ctx.workbook.worksheets.add(report.sheet);
  const width = Math.max(1, ...report.cells.map((line) => line.length));
  const values = report.cells.map((line) => Array.from({ length: width }, (_, c) => excelLiteral(line[c]?.value ?? null, false)));
  const formats = report.cells.map((line) => Array.from({ length: width }, (_, c) => line[c]?.format ?? 'General'));
  const grid = ws.getRangeByIndexes(0, 0, report.cells.length, width);
  // Values first: a report sheet that holds its title is recognisably ours if a later operation fails.
  // (Every literal is escaped for General cells, so the formats set after cannot change what the values mean.)
  grid.values = values;
  grid.numberFormat = formats;
  report.cells.forEach((line, r) => {
    // Bold cells come in runs along a row (a title, a header row): one format call per run.
    let c = 0;
    while (c < line.length) {
      if (!line[c]?.bold) {
        c++;
        continue;
      }
      const from = c;
      while (c < line.length && line[c]?.bold) c++;
      ws.getRangeByIndexes(r, from, 1, c - from).format.font.bold = true;
    }
  });
  report.columnWidths.forEach((points, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = points;
  });
  const chart = report.chart;
  if (chart) {
    // Series by columns; the data's first column is text, so Excel takes it as the category labels
    // (docs/excel-behaviour.md, "Chart series inference").
    const added = ws.charts.add(
      'ColumnClustered',
      ws.getRangeByIndexes(chart.data.row, chart.data.column, chart.data.rowCount, chart.data.columnCount),
      'Columns',
    );
    added.name = chart.name;
    added.title.text = chart.title;
    for (const s of chart.lineSeries) added.series.getItemAt(s).chartType = 'Line';
    const end = {
      row: chart.position.row + chart.position.rowCount - 1,
      column: chart.position.column + chart.position.columnCount - 1,
      rowCount: 1,
      columnCount: 1,
    };
    added.setPosition(a1({ ...chart.position, rowCount: 1, columnCount: 1 }), a1(end));
  }
}
