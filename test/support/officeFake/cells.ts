import { MAX_COLUMNS, MAX_ROWS } from '../../../src/workbook/cells';
import type { MemorySheet, Rect, Scalar } from '../../../src/workbook/memory';
import { FakeOfficeError } from './errors';

export interface RangeTarget {
  readonly sheet: MemorySheet;
  readonly rect: Rect;
}

export const cellsOf = (rect: Rect) => rect.rowCount * rect.columnCount;
export const isWholeColumns = (rect: Rect) => rect.row === 0 && rect.rowCount === MAX_ROWS;

export function checkRect(rect: Rect): Rect {
  if (
    rect.row < 0 ||
    rect.column < 0 ||
    rect.rowCount < 1 ||
    rect.columnCount < 1 ||
    rect.row + rect.rowCount > MAX_ROWS ||
    rect.column + rect.columnCount > MAX_COLUMNS
  ) {
    throw new FakeOfficeError('InvalidArgument', `The range ${JSON.stringify(rect)} is outside the sheet.`);
  }
  return rect;
}

export function writable(sheet: MemorySheet): MemorySheet {
  if (sheet.protected) throw new FakeOfficeError('AccessDenied', `Sheet "${sheet.name}" is protected.`);
  return sheet;
}

export function excelValue(v: Scalar | undefined): string | number | boolean {
  if (v === undefined) return '';
  return typeof v === 'object' ? v.error : v;
}

export function valueType(sheet: MemorySheet, row: number, column: number): Excel.RangeValueType {
  const v = sheet.value(row, column);
  if (v === undefined || v === '')
    return sheet.formula(row, column) !== undefined ? ('String' as Excel.RangeValueType) : ('Empty' as Excel.RangeValueType);
  if (typeof v === 'number') return 'Double' as Excel.RangeValueType;
  if (typeof v === 'boolean') return 'Boolean' as Excel.RangeValueType;
  if (typeof v === 'object') return 'Error' as Excel.RangeValueType;
  return 'String' as Excel.RangeValueType;
}

export function grid<V>(rect: Rect, cell: (row: number, column: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = 0; r < rect.rowCount; r++) {
    const line: V[] = new Array(rect.columnCount);
    for (let c = 0; c < rect.columnCount; c++) line[c] = cell(rect.row + r, rect.column + c);
    out.push(line);
  }
  return out;
}

export function checkShape(data: unknown, rect: Rect, what: string): unknown[][] {
  if (!Array.isArray(data) || data.length !== rect.rowCount || data.some((row) => !Array.isArray(row) || row.length !== rect.columnCount)) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The ${what} array does not match the size of the range (${rect.rowCount}×${rect.columnCount}).`,
    );
  }
  return data as unknown[][];
}
