import type { CellValue } from '../engine';
import { a1 } from '../workbook/cells';
import { MemoryWorkbook } from '../workbook/memory';
import { SETTINGS_KEYS } from '../workbook/results';
import { XlsxPackage, XlsxPort } from '../workbook/xlsx';
import { SheetView } from '../workbook/xlsx/sheetView';

/** The xlsx signature: a zip file starts with "PK\x03\x04". */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Copies an .xlsx file's visible sheets (values and Excel tables) and our saved settings (the model,
 * the record of what was written) into an in-memory workbook, entirely in the browser. Selects the
 * first table's first cell, else A1 of the first sheet, as a user would.
 */
export async function memoryFromXlsx(bytes: Uint8Array): Promise<MemoryWorkbook> {
  const pkg = new XlsxPackage(bytes);
  const wb = new MemoryWorkbook();
  let firstTable: { sheet: string; address: string } | undefined;
  for (const sheet of pkg.sheets()) {
    if (sheet.state !== 'visible' || !sheet.part) continue;
    const view = new SheetView(sheet.name, pkg.scan(sheet.part), pkg.styles());
    const width = Math.max(0, ...view.scan.rowOrder.map((r) => view.scan.rows[r]!.values.length));
    const rows: CellValue[][] = [];
    for (let r = 0; r < view.rowEnd; r++) rows.push(Array.from({ length: width }, (_, c) => view.value(r, c)));
    wb.loadSheet(sheet.name, rows);
    for (const table of pkg.tables(sheet.part)) {
      wb.addTable(table.name, sheet.name, a1(table.ref), { showTotals: table.totalsRows > 0, showHeaders: table.headerRows > 0 });
      firstTable ??= { sheet: sheet.name, address: a1({ ...table.ref, rowCount: 1, columnCount: 1 }) };
    }
  }
  // Our settings come along, so a workbook classified by the command line keeps its model and its report is recognised as ours.
  const first = pkg.sheets().find((s) => s.part);
  if (first) {
    const { settings } = await new XlsxPort(pkg, first.name).readSettings();
    for (const key of Object.values(SETTINGS_KEYS)) {
      const v = settings[key];
      if (v !== undefined) wb.settings.set(key, v);
    }
  }
  const names = wb.sheetNames();
  if (names.length === 0) wb.addSheet('Blad1');
  const target = firstTable ?? { sheet: wb.sheetNames()[0]!, address: 'A1' };
  wb.select(target.sheet, target.address);
  return wb;
}

/** A table copied from Excel arrives as tab-separated lines; cells keep their text as shown. */
export function rowsFromClipboard(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}

/** Puts pasted rows on a fresh sheet and selects its first cell. */
export function memoryFromPaste(rows: readonly (readonly string[])[], sheetName: string): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.loadSheet(
    sheetName,
    rows.map((row) => row.map((cell) => (cell.trim() === '' ? null : cell))),
  );
  wb.select(sheetName, 'A1');
  return wb;
}
