import { a1, parseA1 } from '../../workbook/cells';
import type { MemoryWorkbook } from '../../workbook/memory';
import type { SelfTestWorkbook } from './selfTestWorkbook';

/** The self-test's workbook operations on an in-memory workbook (preview; jest with the Office.js fake). */
export function memorySelfTestWorkbook(wb: MemoryWorkbook): SelfTestWorkbook {
  return {
    sheetNames: async () => wb.sheetNames(),
    addSheet: async (name, rows) => {
      wb.addSheet(name);
      wb.loadSheet(name, rows);
    },
    addTable: async (sheet, address, name) => {
      wb.addTable(name, sheet, address);
    },
    deleteSheet: async (name) => {
      wb.deleteSheet(name);
    },
    select: async (sheet, address) => {
      wb.select(sheet, address);
    },
    selection: async () => {
      const s = wb.selection;
      return s && s.areas[0] ? { sheet: s.sheet, address: a1(s.areas[0]) } : undefined;
    },
    read: async (sheet, address) => {
      const rect = parseA1(address);
      if (!rect) throw new Error(`"${address}" is not a cell address.`);
      const s = wb.requireSheet(sheet);
      const values = wb.readSheet(sheet, address);
      const formats = values.map((row, r) => row.map((_, c) => s.format(rect.row + r, rect.column + c) ?? 'General'));
      return { values, formats };
    },
    tableHeaders: async (table) => {
      const t = wb.table(table);
      if (!t) throw new Error(`ItemNotFound: there is no table "${table}".`);
      return wb.readSheet(t.sheet, a1({ row: t.row, column: t.column, rowCount: 1, columnCount: t.columnCount }))[0]!.map(String);
    },
    chartCount: async (sheet) => wb.requireSheet(sheet).charts.length,
    setProtected: async (sheet, on) => {
      wb.requireSheet(sheet).protected = on;
    },
    readSettings: async (keys) => Object.fromEntries(keys.map((k) => [k, wb.settings.get(k)])),
    writeSettings: async (values) => {
      for (const [k, v] of Object.entries(values)) {
        if (v === undefined) wb.settings.delete(k);
        else wb.settings.set(k, v);
      }
    },
  };
}
