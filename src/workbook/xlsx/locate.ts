import type { Workbook, Worksheet } from 'exceljs';
import { isBlank, type CellValue } from '../../engine';
import { a1, MAX_COLUMNS, MAX_ROWS, type CellRange } from '../cells';
import type { TableLocation } from '../port';
import { looksLikeOwnReport } from '../report';
import { cellValue } from './cells';
import { settingsSheet } from './settings';
import { sheetTables, tableRange } from './tables';

const isVisible = (sheet: Worksheet) => (sheet.state ?? 'visible') === 'visible';

/** A cell holds something: a value or a formula (formatting alone does not count), as in the other adapters. */
export function isFilled(sheet: Worksheet, row: number, column: number): boolean {
  const cell = sheet.findCell(row + 1, column + 1);
  if (!cell) return false;
  if (cell.isMerged && cell.master !== cell) return false;
  const v = cell.value;
  if (v !== null && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) return true;
  const plain = cellValue(cell);
  return !isBlank(plain);
}

export function readValues(sheet: Worksheet, range: Omit<CellRange, 'sheet'>): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 0; r < range.rowCount; r++) {
    const row = sheet.findRow(range.row + r + 1);
    const line: CellValue[] = [];
    for (let c = 0; c < range.columnCount; c++) {
      const cell = row?.findCell(range.column + c + 1);
      line.push(cell ? cellValue(cell) : null);
    }
    out.push(line);
  }
  return out;
}

function rowFilled(sheet: Worksheet, row: number, c0: number, c1: number): boolean {
  if (row < 0 || row >= MAX_ROWS) return false;
  const r = sheet.findRow(row + 1);
  if (!r) return false;
  for (let c = Math.max(0, c0); c <= Math.min(c1, r.cellCount - 1); c++) if (isFilled(sheet, row, c)) return true;
  return false;
}

function columnFilled(sheet: Worksheet, column: number, r0: number, r1: number): boolean {
  if (column < 0 || column >= MAX_COLUMNS) return false;
  for (let r = Math.max(0, r0); r <= Math.min(r1, sheet.rowCount - 1); r++) if (isFilled(sheet, r, column)) return true;
  return false;
}

/** Excel's CurrentRegion around a cell (the same rule as the in-memory workbook): grow while the ring around it holds anything. */
export function surroundingRegion(sheet: Worksheet, row: number, column: number): Omit<CellRange, 'sheet'> {
  let r0 = row; let r1 = row; let c0 = column; let c1 = column;
  for (;;) {
    const left = Math.max(0, c0 - 1);
    const right = Math.min(MAX_COLUMNS - 1, c1 + 1);
    while (r0 > 0 && rowFilled(sheet, r0 - 1, left, right)) r0--;
    while (r1 < MAX_ROWS - 1 && rowFilled(sheet, r1 + 1, left, right)) r1++;
    let widened = false;
    if (c0 > 0 && columnFilled(sheet, c0 - 1, r0 - 1, r1 + 1)) { c0--; widened = true; }
    if (c1 < MAX_COLUMNS - 1 && columnFilled(sheet, c1 + 1, r0 - 1, r1 + 1)) { c1++; widened = true; }
    if (!widened) break;
  }
  return { row: r0, column: c0, rowCount: r1 - r0 + 1, columnCount: c1 - c0 + 1 };
}

/** Our own sheets: the hidden settings sheet and report sheets (recognised by their title in A1). */
function isOwnSheet(workbook: Workbook, sheet: Worksheet): boolean {
  return sheet === settingsSheet(workbook) || looksLikeOwnReport(cellValue(sheet.getCell(1, 1)));
}

/**
 * The sheet with the client table when none is named: the first visible sheet with an Excel Table,
 * else the first visible sheet with something in A1, else the first visible sheet; never one of ours.
 */
export function defaultClientSheet(workbook: Workbook): Worksheet | undefined {
  const candidates = workbook.worksheets.filter((s) => isVisible(s) && !isOwnSheet(workbook, s));
  return candidates.find((s) => sheetTables(s).length > 0)
    ?? candidates.find((s) => isFilled(s, 0, 0))
    ?? candidates[0];
}

/** Sheet names compare case-insensitively, as in Excel. */
export function sheetByName(workbook: Workbook, name: string): Worksheet | undefined {
  const key = name.toLowerCase();
  return workbook.worksheets.find((s) => s.name.toLowerCase() === key);
}

/**
 * The client table of a sheet: its first Excel Table (without a totals row), else the region
 * around A1. A sheet whose A1 is empty and has no table has no client table we can find.
 */
export function locateOnSheet(sheet: Worksheet): TableLocation {
  const sheetProtected = !!(sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet;
  const table = sheetTables(sheet)[0];
  let range: CellRange;
  if (table) {
    const whole = tableRange(sheet, table);
    if (table.headerRow === false) {
      return { ok: false, error: { code: 'workbook.tableNoHeaders', params: { table: table.name, address: a1(whole), sheet: sheet.name } } };
    }
    range = { ...whole, rowCount: whole.rowCount - (table.totalsRow ? 1 : 0) };
  } else {
    if (!isFilled(sheet, 0, 0)) return { ok: false, error: { code: 'xlsx.noTable', params: { sheet: sheet.name } } };
    // A title block above the real table is common: the pipeline's locate step looks below it.
    range = { sheet: sheet.name, ...surroundingRegion(sheet, 0, 0) };
  }
  const header = readValues(sheet, { ...range, rowCount: 1 })[0]!;
  return { ok: true, table: { range, ...(table ? { tableName: table.name } : {}), header, sheetProtected } };
}
