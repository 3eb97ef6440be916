import { detectNumberLocale, isBlank, parseNumber, type CellValue, type NumberLocale } from '../engine';
import { inputError, NA_ERROR, Problem, VALUE_ERROR, type Grid, type ParamName, type Place } from './problem';
import type { FunctionTextKey } from '../i18n/functions';

/**
 * Turns what Excel hands a custom function into the engine's cell values. Ranges arrive as
 * unknown[][]; blank cells as "" or null; omitted optional arguments as null or undefined; an error
 * as an object with an Excel error code; a linked data type as an object with a `basicValue`.
 */
export function toCellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined || typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') {
    return raw;
  }
  if (typeof raw === 'object') {
    const obj = raw as { code?: unknown; error?: unknown; basicValue?: unknown };
    if (typeof obj.code === 'string' && obj.code.startsWith('#')) return { error: obj.code };
    if (typeof obj.error === 'string') return { error: obj.error };
    if ('basicValue' in obj) return toCellValue(obj.basicValue);
  }
  return String(raw);
}

/** Any argument as a grid: a single value becomes 1×1, a 1-D array one row. */
export function asGrid(raw: unknown): Grid<CellValue> {
  if (!Array.isArray(raw)) return [[toCellValue(raw)]];
  if (raw.length > 0 && raw.every(Array.isArray)) return (raw as unknown[][]).map((row) => row.map(toCellValue));
  return [raw.map(toCellValue)];
}

/** An optional argument counts as omitted when it is absent or every cell of it is blank. */
export function isOmitted(raw: unknown): boolean {
  return asGrid(raw).every((row) => row.every(isBlank));
}

/** The decimal convention of an argument's number texts ("1.234,5" or "1,234.5"), as the table reader does. */
export function localeOf(grid: Grid<CellValue>): NumberLocale {
  const texts: string[] = [];
  for (const row of grid) for (const cell of row) if (typeof cell === 'string') texts.push(cell);
  return detectNumberLocale(texts);
}

/**
 * One cell as a number, or the problem with it: blank or "n.v.t." is missing (#N/A, never 0), other
 * text and TRUE/FALSE are #VALUE!, an Excel error is passed on as that error.
 */
export function readNumber(
  cell: CellValue,
  argument: ParamName,
  place: Place,
  locale: NumberLocale,
  missingCode: FunctionTextKey = 'fn.missing',
): number | Problem {
  const parsed = parseNumber(cell, locale);
  if (parsed.kind === 'number') return parsed.value;
  if (parsed.kind === 'missing') return new Problem(NA_ERROR, argument, { code: missingCode }, place);
  switch (parsed.reason) {
    case 'error':
      return new Problem(inputError(parsed.text), argument, { code: 'fn.inputError', params: { error: parsed.text } }, place);
    case 'boolean':
      return new Problem(VALUE_ERROR, argument, { code: 'fn.boolean' }, place);
    default:
      return new Problem(VALUE_ERROR, argument, { code: 'fn.notNumber', params: { text: parsed.text } }, place);
  }
}

export const cellPlace = (row: number, column: number): Place => ({ row: row + 1, column: column + 1 });
export const itemPlace = (index: number): Place => ({ item: index + 1 });
