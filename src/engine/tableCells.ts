import { isPercentFormat } from './tableChecks';
import {
  cellErrorText,
  detectNumberLocale,
  displayText,
  isBlank,
  numberTextLocale,
  parseNumber,
  serialDateText,
  type NumberLocale,
} from './text';
import type { CellProblem, NumericColumn } from './table';
import type { CellValue } from './types';

type Rows = readonly (readonly CellValue[])[];

const DATE_FORMAT = /(^|[^"\\])(d{1,4}|m{1,5}|y{2,4}|jj|jjjj|h{1,2}:|ss)/i;

function looksLikeDateFormat(format: string | undefined): boolean {
  if (!format || format === 'General' || format === 'Standaard') return false;
  return DATE_FORMAT.test(format.replace(/\[[^\]]*\]/g, '').replace(/"[^"]*"/g, ''));
}

/**
 * Dutch or English notation is decided per column, from that column's own text: one English cell in
 * another column must never turn this column's "150.000" into 150. `locale` is for display only (which
 * notation the table mostly uses).
 */
export function columnLocales(
  rows: Rows,
  dataRow: readonly number[],
  columns: Iterable<number>,
): { locales: Map<number, NumberLocale>; locale: NumberLocale } {
  const locales = new Map<number, NumberLocale>();
  const allTexts: string[] = [];
  for (const c of columns) {
    const texts: string[] = [];
    for (const r of dataRow) {
      const v = rows[r]![c];
      if (typeof v === 'string' && numberTextLocale(v) !== undefined) {
        texts.push(v);
        if (texts.length >= 10000) break;
      }
    }
    locales.set(c, detectNumberLocale(texts));
    allTexts.push(...texts);
  }
  return { locales, locale: detectNumberLocale(allTexts) };
}

/** How one numeric column is read: its notation, whether it holds amounts, the cells' number formats. */
export interface NumericReading {
  readonly locale: NumberLocale;
  /** Amounts: a percentage there ("50%", or a cell formatted as one) is a mistake, not a fraction of a euro. */
  readonly isAmount: boolean;
  readonly numberFormats?: readonly (readonly string[])[];
}

/** One cell of a numeric column: its value, or why it is unusable (then the value is NaN; no object per good cell). */
function readNumericCell(cell: CellValue, format: string | undefined, how: NumericReading): number | CellProblem {
  if (typeof cell === 'number' && Number.isFinite(cell)) {
    if (looksLikeDateFormat(format)) return { kind: 'invalid', reason: 'date', text: serialDateText(cell) };
    // As Excel shows it: 0.07 → "7%" (toPrecision drops the float noise of 0.07 × 100).
    if (how.isAmount && isPercentFormat(format))
      return { kind: 'invalid', reason: 'percent', text: `${Number((cell * 100).toPrecision(12))}%` };
    return cell;
  }
  const parsed = parseNumber(cell, how.locale);
  if (parsed.kind === 'number' && parsed.percent && how.isAmount)
    return { kind: 'invalid', reason: 'percent', text: displayText(cell, 60) };
  if (parsed.kind === 'number') return parsed.value;
  // The text goes into a message: a long note in a score cell is cut, not repeated in full.
  return parsed.kind === 'missing' ? { kind: 'missing' } : { kind: 'invalid', reason: parsed.reason, text: displayText(parsed.text, 60) };
}

/** A numeric column parsed once per client, never turning a missing or invalid value into 0. */
export function readNumericColumn(rows: Rows, dataRow: readonly number[], c: number, header: string, how: NumericReading): NumericColumn {
  const values = new Float64Array(dataRow.length);
  const problems = new Map<number, CellProblem>();
  for (let i = 0; i < dataRow.length; i++) {
    const r = dataRow[i]!;
    const cell = rows[r]![c];
    const read = readNumericCell(cell, typeof cell === 'number' ? how.numberFormats?.[r]?.[c] : undefined, how);
    if (typeof read === 'number') values[i] = read;
    else {
      values[i] = NaN;
      problems.set(i, read);
    }
  }
  return { header, index: c, values, problems };
}

/** Raw text per client of a text column ('' when empty or an error value). */
export function readTextColumn(rows: Rows, dataRow: readonly number[], c: number): string[] {
  return dataRow.map((r) => {
    const v = rows[r]![c];
    return isBlank(v) || cellErrorText(v) ? '' : displayText(v, 1000).trim();
  });
}
