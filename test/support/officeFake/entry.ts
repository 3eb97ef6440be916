import type { MemorySheet, MemoryWorkbook, Scalar } from '../../../src/workbook/memory';
import { FakeOfficeError } from './errors';

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;

function plainNumber(text: string): number | undefined {
  const t = text.trim();
  if (!PLAIN_NUMBER.test(t)) return undefined;
  const percent = t.endsWith('%');
  const n = Number(percent ? t.slice(0, -1) : t);
  return Number.isFinite(n) ? (percent ? n / 100 : n) : undefined;
}

/**
 * What Excel stores when `range.values` puts `input` in a cell, as far as the pipeline can be hurt by
 * it: null leaves the cell alone; "" empties it; a leading apostrophe is consumed and keeps the rest
 * as text; a string starting with = + - or @ (that is not a plain number) becomes a formula, even in
 * a cell formatted as text (Office.js: "If the value starts with a plus, minus, or equal sign, Excel
 * interprets this value as a formula"); in a text-formatted ("@") cell other strings stay text;
 * elsewhere number or TRUE/FALSE text becomes a number or a boolean. A table's header cell keeps its
 * name unique, as Excel does.
 */
export function enterValue(wb: MemoryWorkbook, sheet: MemorySheet, row: number, column: number, input: unknown): void {
  if (input === null || input === undefined) return;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new FakeOfficeError('InvalidArgument', `${input} is not a valid cell value.`);
    sheet.setValue(row, column, input);
    return;
  }
  if (typeof input === 'boolean') {
    sheet.setValue(row, column, input);
    return;
  }
  if (typeof input !== 'string') throw new FakeOfficeError('InvalidArgument', 'Cell values must be numbers, strings or booleans.');
  if (input === '') {
    sheet.setValue(row, column, undefined);
    return;
  }
  let value: Scalar;
  if (input.startsWith("'")) value = input.slice(1);
  else if (/^[=+\-@]/.test(input) && plainNumber(input) === undefined) {
    // Pessimistic on purpose: the docs promise no exception for text-formatted cells, so neither does the fake.
    sheet.setFormula(row, column, input, { error: '#NAME?' });
    return;
  } else if (sheet.format(row, column) === '@') value = input;
  else {
    const n = plainNumber(input);
    value = n !== undefined ? n : /^(true|false)$/i.test(input.trim()) ? input.trim().toLowerCase() === 'true' : input;
  }
  const table = wb.tableAt(sheet.name, row, column);
  if (table && table.showHeaders && table.row === row && typeof value === 'string') value = wb.uniqueTableHeader(table, value, column);
  sheet.setValue(row, column, value === '' ? undefined : value);
}
