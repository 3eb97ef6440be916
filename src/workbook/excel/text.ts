import type { OutputValue } from '../port';

/**
 * Office.js `range.values` treats a string like typed input: "=…", "+…", "-…" (and "@…") become
 * formulas, "12" becomes a number, "TRUE" a boolean, "1-2" a date. Our text must stay text: a client
 * name or criterion like "=HYPERLINK(…)" must never become a live formula. Decision: prefix such text
 * with an apostrophe, Excel's own "this is text" mark (it is not part of the value and not shown in
 * the cell). Result columns are also formatted as text ("@"), so there only the formula characters
 * (and a leading apostrophe, which Excel would otherwise eat) need the prefix; in cells with the
 * General format (the report sheet) anything Excel could read as a number, boolean or date gets it.
 */
const FORMULA_START = /^[=+\-@']/;
const BOOLEAN_WORD = /^(true|false|waar|onwaar)$/i;
const MONTH_DATE = /^\p{L}{3,9}[\s\-/.,]+\d/u;

export function needsTextPrefix(text: string, textFormatted: boolean): boolean {
  if (FORMULA_START.test(text)) return true;
  if (textFormatted) return false;
  return !/^\p{L}/u.test(text) || BOOLEAN_WORD.test(text.trim()) || MONTH_DATE.test(text);
}

/** The value to put in `range.values` so the cell ends up holding exactly `value` ("" empties a cell; null would leave it unchanged). */
export function excelLiteral(value: OutputValue, textFormatted: boolean): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  return needsTextPrefix(value, textFormatted) ? `'${value}` : value;
}
