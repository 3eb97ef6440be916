import { a1, columnsAddress } from '../cells';
import { ruleFill, type ReportSpec, type WritePlan } from '../port';
import type { XlContext } from './api';
import { fillProperty, type BlockSlice } from './chunks';
import { excelLiteral } from './text';

/** Structure first: old report sheets out, sheet columns in, table columns added (before any block row is written). */
export function queueStructure(ctx: XlContext, plan: WritePlan): void {
  const wb = ctx.workbook;
  for (const name of plan.deleteSheets ?? []) wb.worksheets.getItem(name).delete();
  if (plan.insertColumns) {
    const { sheet, column, count } = plan.insertColumns;
    wb.worksheets.getItem(sheet).getRange(columnsAddress(column, count)).insert('Right');
  }
  if (plan.addTableColumns) {
    const table = wb.tables.getItem(plan.addTableColumns.tableName);
    // No index: appended at the end (ExcelApi 1.4); no values: the body is written in chunks below.
    for (const header of plan.addTableColumns.headers) table.columns.add(undefined, undefined, header);
  }
}

/** One slice of block rows: number formats first (so "@" applies), then values, then class fills. */
export function queueBlockRows(ctx: XlContext, slice: BlockSlice): void {
  const { prepared, start, count } = slice;
  const { block } = prepared;
  const ws = ctx.workbook.worksheets.getItem(block.sheet);
  const range = ws.getRangeByIndexes(block.row + start, block.column, count, block.columns.length);
  const formats: string[][] = [];
  const values: (string | number)[][] = [];
  for (let r = start; r < start + count; r++) {
    formats.push(prepared.formats as string[]);
    values.push(prepared.literals.map((col) => col[r]!));
  }
  range.numberFormat = formats;
  range.values = values;
  block.columns.forEach((col, c) => {
    if (!col.colourRules) return;
    const fills = col.values.map((v, r) => (r === 0 ? null : ruleFill(col.colourRules, v)));
    const cells = ws.getRangeByIndexes(block.row + start, block.column + c, count, 1);
    // Our cells only: last run's colours go, this run's come.
    cells.format.fill.clear();
    cells.setCellProperties(fills.slice(start, start + count).map((colour) => [fillProperty(colour)]));
  });
}

/** Removal steps, the report and the settings. */
export function queueRest(ctx: XlContext, plan: WritePlan): void {
  const wb = ctx.workbook;
  for (const r of plan.clear ?? []) wb.worksheets.getItem(r.sheet).getRangeByIndexes(r.row, r.column, r.rowCount, r.columnCount).clear('All');
  for (const d of plan.deleteTableColumns ?? []) {
    const table = wb.tables.getItem(d.tableName);
    for (const header of [...d.headers].reverse()) table.columns.getItem(header).delete();
  }
  for (const d of plan.deleteColumns ?? []) wb.worksheets.getItem(d.sheet).getRange(columnsAddress(d.column, d.count)).delete('Left');
  if (plan.report) queueReport(ctx, plan.report);
  for (const [key, value] of Object.entries(plan.settings ?? {})) {
    if (value === null) wb.settings.getItem(key).delete();
    else wb.settings.add(key, value);
  }
}

function queueReport(ctx: XlContext, report: ReportSpec): void {
  const ws = ctx.workbook.worksheets.add(report.sheet);
  const width = Math.max(1, ...report.cells.map((line) => line.length));
  const values = report.cells.map((line) => Array.from({ length: width }, (_, c) => excelLiteral(line[c]?.value ?? null, false)));
  const formats = report.cells.map((line) => Array.from({ length: width }, (_, c) => line[c]?.format ?? 'General'));
  const grid = ws.getRangeByIndexes(0, 0, report.cells.length, width);
  grid.numberFormat = formats;
  grid.values = values;
  report.cells.forEach((line, r) => {
    // Bold cells come in runs along a row (a title, a header row): one format call per run.
    let c = 0;
    while (c < line.length) {
      if (!line[c]?.bold) { c++; continue; }
      const from = c;
      while (c < line.length && line[c]?.bold) c++;
      ws.getRangeByIndexes(r, from, 1, c - from).format.font.bold = true;
    }
  });
  report.columnWidths.forEach((points, c) => { ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = points; });
  const chart = report.chart;
  if (chart) {
    const added = ws.charts.add('ColumnClustered', ws.getRangeByIndexes(chart.data.row, chart.data.column, chart.data.rowCount, chart.data.columnCount), 'Columns');
    added.name = chart.name;
    added.title.text = chart.title;
    for (const s of chart.lineSeries) added.series.getItemAt(s).chartType = 'Line';
    const end = { row: chart.position.row + chart.position.rowCount - 1, column: chart.position.column + chart.position.columnCount - 1, rowCount: 1, columnCount: 1 };
    added.setPosition(a1({ ...chart.position, rowCount: 1, columnCount: 1 }), a1(end));
  }
}
