import type { CellValue } from '../../engine';
import { a1 } from '../../workbook/cells';
import type { SelfTestWorkbook } from './selfTestWorkbook';

/*
 * The self-test's workbook operations in real Excel (Office.js). All within ExcelApi 1.9, which the pane
 * requires at start-up (https://learn.microsoft.com/javascript/api/excel): WorksheetCollection.add,
 * Range.values/numberFormat/select, TableCollection.add (1.1); WorksheetProtection.protect/unprotect (1.2);
 * Workbook.settings, getItemOrNullObject (1.4); Table.getHeaderRowRange, ChartCollection.items (1.1).
 * Not runnable outside Excel: jest and the preview use ./memorySelfTestWorkbook.
 */

/** "'Mijn blad'!A1:B2" → "A1:B2" */
const localAddress = (address: string): string => address.slice(address.lastIndexOf('!') + 1);

export function officeSelfTestWorkbook(): SelfTestWorkbook {
  return {
    sheetNames: () =>
      Excel.run(async (context) => {
        const sheets = context.workbook.worksheets.load('items/name');
        await context.sync();
        return sheets.items.map((s) => s.name);
      }),
    addSheet: (name, rows) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add(name);
        const columnCount = Math.max(...rows.map((r) => r.length));
        sheet.getRange(a1({ row: 0, column: 0, rowCount: rows.length, columnCount })).values = rows.map((r) => r.map((v) => v ?? ''));
        await context.sync();
      }),
    addTable: (sheet, address, name) =>
      Excel.run(async (context) => {
        const table = context.workbook.worksheets.getItem(sheet).tables.add(address, true);
        table.name = name;
        await context.sync();
      }),
    deleteSheet: (name) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem(name).delete();
        await context.sync();
      }),
    select: (sheet, address) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(address).select();
        await context.sync();
      }),
    selection: () =>
      Excel.run(async (context) => {
        const range = context.workbook.getSelectedRange().load('address');
        const sheet = range.worksheet.load('name');
        await context.sync();
        return { sheet: sheet.name, address: localAddress(range.address) };
      }).catch(() => undefined),
    read: (sheet, address) =>
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange(address).load(['values', 'numberFormat']);
        await context.sync();
        const values = (range.values as unknown[][]).map((row) => row.map((v): CellValue => (v === '' ? null : (v as CellValue))));
        return { values, formats: (range.numberFormat as unknown[][]).map((row) => row.map(String)) };
      }),
    tableHeaders: (table) =>
      Excel.run(async (context) => {
        const header = context.workbook.tables.getItem(table).getHeaderRowRange().load('values');
        await context.sync();
        return (header.values[0] ?? []).map(String);
      }),
    chartCount: (sheet) =>
      Excel.run(async (context) => {
        const charts = context.workbook.worksheets.getItem(sheet).charts.load('items/name');
        await context.sync();
        return charts.items.length;
      }),
    setProtected: (sheet, on) =>
      Excel.run(async (context) => {
        const protection = context.workbook.worksheets.getItem(sheet).protection;
        if (on) protection.protect();
        else protection.unprotect();
        await context.sync();
      }),
    readSettings: (keys) =>
      Excel.run(async (context) => {
        const items = keys.map((k) => context.workbook.settings.getItemOrNullObject(k).load('value'));
        await context.sync();
        return Object.fromEntries(keys.map((k, i) => [k, items[i]!.isNullObject ? undefined : String(items[i]!.value)]));
      }),
    writeSettings: (values) =>
      Excel.run(async (context) => {
        const entries = Object.entries(values);
        // A null object cannot be deleted: look first, then delete what exists.
        const existing = entries.map(([k]) => context.workbook.settings.getItemOrNullObject(k).load('value'));
        await context.sync();
        entries.forEach(([k, v], i) => {
          if (v !== undefined) context.workbook.settings.add(k, v);
          else if (!existing[i]!.isNullObject) existing[i]!.delete();
        });
        await context.sync();
      }),
  };
}
