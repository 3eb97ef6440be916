import ExcelJS from 'exceljs';
import { repairLoadedTables } from './tables';

export { XlsxPort } from './port';
export { defaultClientSheet, sheetByName } from './locate';

/** Reads .xlsx bytes into an exceljs Workbook, with exceljs's table-reading quirks repaired. */
export async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings want its own Buffer type; any Uint8Array works at run time.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const sheet of workbook.worksheets) repairLoadedTables(sheet);
  return workbook;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
