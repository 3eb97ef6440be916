import type { CellValue } from '../engine';
import { MemoryWorkbook } from '../workbook/memory';
import { a1 } from '../workbook/cells';
import { openWorkbook } from '../workbook/xlsx';
import { cellValue } from '../workbook/xlsx/cells';
import { sheetTables, tableRange } from '../workbook/xlsx/tables';

/** The xlsx signature: a zip file starts with "PK\x03\x04". */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Copies an .xlsx file's sheets (values and Excel tables) into an in-memory workbook, entirely in the
 * browser. Selects the first table's first cell, else A1 of the first sheet, as a user would.
 */
export async function memoryFromXlsx(bytes: Uint8Array): Promise<MemoryWorkbook> {
  const source = await openWorkbook(bytes);
  const wb = new MemoryWorkbook();
  let firstTable: { sheet: string; address: string } | undefined;
  for (const sheet of source.worksheets) {
    if (sheet.state !== 'visible') continue;
    const rows: CellValue[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const line: CellValue[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) line.push(cellValue(row.getCell(c)));
      rows.push(line);
    }
    wb.loadSheet(sheet.name, rows);
    for (const table of sheetTables(sheet)) {
      const range = tableRange(sheet, table);
      wb.addTable(table.name, sheet.name, a1(range), { showTotals: !!table.totalsRow });
      firstTable ??= { sheet: sheet.name, address: a1({ ...range, rowCount: 1, columnCount: 1 }) };
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
  wb.loadSheet(sheetName, rows.map((row) => row.map((cell) => (cell.trim() === '' ? null : cell))));
  wb.select(sheetName, 'A1');
  return wb;
}
