import type { CellError, CellValue } from './types';

/** Header comparison key: case-, accent- and whitespace-insensitive. */
export function normalizeHeader(header: unknown): string {
  return String(header ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, '');
}

const EXCEL_ERRORS = new Set([
  '#N/A',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && typeof value.error === 'string';
}

/** The Excel error text of a cell, whether the adapter passed it as an object or as text. */
export function cellErrorText(value: CellValue): string | undefined {
  if (isCellError(value)) return value.error;
  if (typeof value === 'string' && EXCEL_ERRORS.has(value.trim().toUpperCase())) return value.trim().toUpperCase();
  return undefined;
}

export function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Texts accountants use for "not applicable / unknown". They are missing, never 0. */
const NOT_APPLICABLE = new Set(['-', '--', 'n.v.t.', 'nvt', 'n.v.t', 'n/a', 'na', 'onbekend', 'unknown', '?', 'x']);

export function isNotApplicable(text: string): boolean {
  return NOT_APPLICABLE.has(text.trim().toLowerCase());
}

/**
 * Decimal convention of number text: 'nl' reads "1.234,5", 'en' reads "1,234.5".
 * Only a text with a single separator followed by exactly three digits ("1.234") is ambiguous.
 */
export type NumberLocale = 'nl' | 'en';

export type ParsedNumber =
  | { readonly kind: 'number'; readonly value: number; readonly percent?: boolean }
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly reason: 'text' | 'error' | 'boolean' | 'date'; readonly text: string };

const CURRENCY = /^(?:€|eur|euro|\$|usd|£|gbp)\s*|\s*(?:€|eur|euro|\$|usd|£|gbp)$/i;

/** Which convention a text clearly uses, if any (used to pick a table's locale). */
export function numberTextLocale(text: string): NumberLocale | undefined {
  const t = text.trim();
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) return lastComma > lastDot ? 'nl' : 'en';
  if (/^[^,]*,\d{1,2}(?:\D*)$/.test(t) || /,\d{4,}/.test(t)) return 'nl';
  if (/^[^.]*\.\d{1,2}(?:\D*)$/.test(t) || /\.\d{4,}/.test(t)) return 'en';
  return undefined;
}

function parseNumberText(raw: string, locale: NumberLocale): ParsedNumber {
  let t = raw.trim().replace(/[\u00a0\u202f\s']/g, '');
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1);
  }
  t = t.replace(CURRENCY, '');
  let percent = false;
  if (t.endsWith('%')) {
    percent = true;
    t = t.slice(0, -1);
  }
  if (t.startsWith('-') || t.startsWith('\u2212')) {
    negative = !negative;
    t = t.slice(1);
  } else if (t.startsWith('+')) t = t.slice(1);
  t = t.replace(CURRENCY, '');
  if (t.endsWith('-') && t.length > 1) {
    negative = !negative;
    t = t.slice(0, -1);
  }
  if (!/^[\d.,]+(?:[eE][+-]?\d+)?$/.test(t) || !/\d/.test(t)) return { kind: 'invalid', reason: 'text', text: raw };
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  let decimal: ',' | '.' | undefined;
  if (lastComma >= 0 && lastDot >= 0) decimal = lastComma > lastDot ? ',' : '.';
  else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const count = t.split(sep).length - 1;
    const after = t.length - t.lastIndexOf(sep) - 1;
    if (count > 1)
      decimal = undefined; // "1.234.567": thousands only
    else if (after === 3 && !/^0[.,]/.test(t)) decimal = (locale === 'nl') === (sep === ',') ? sep : undefined;
    else decimal = sep;
  }
  const thousands = decimal === ',' ? '.' : decimal === '.' ? ',' : undefined;
  let digits = t;
  if (thousands) {
    const groups = digits.split(decimal as string)[0]!.split(thousands);
    if (groups.length > 1 && groups.slice(1).some((g) => g.length !== 3)) return { kind: 'invalid', reason: 'text', text: raw };
    digits = digits.split(thousands).join('');
  } else if (!decimal) {
    const sep = t.includes(',') ? ',' : '.';
    const groups = t.split(sep);
    if (groups.length > 1 && groups.slice(1).some((g) => g.length !== 3)) return { kind: 'invalid', reason: 'text', text: raw };
    digits = groups.join('');
  }
  if (decimal === ',') digits = digits.replace(',', '.');
  const value = Number(digits);
  if (!Number.isFinite(value)) return { kind: 'invalid', reason: 'text', text: raw };
  const signed = negative ? -value : value;
  return percent ? { kind: 'number', value: signed / 100, percent: true } : { kind: 'number', value: signed + 0 };
}

/**
 * Reads a cell as a number. Blank and "n.v.t."-like text are missing; errors, booleans,
 * dates and other text are invalid with a reason. Never returns a silent 0.
 */
export function parseNumber(value: CellValue, locale: NumberLocale = 'nl'): ParsedNumber {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'number', value: value + 0 } : { kind: 'invalid', reason: 'text', text: String(value) };
  }
  if (isBlank(value)) return { kind: 'missing' };
  if (typeof value === 'boolean') return { kind: 'invalid', reason: 'boolean', text: value ? 'WAAR' : 'ONWAAR' };
  if (value instanceof Date) return { kind: 'invalid', reason: 'date', text: value.toISOString().slice(0, 10) };
  const error = cellErrorText(value);
  if (error) return { kind: 'invalid', reason: 'error', text: error };
  const text = String(value);
  if (isNotApplicable(text)) return { kind: 'missing' };
  return parseNumberText(text, locale);
}

/** Picks the table's number locale from its text cells; Dutch unless the text clearly says otherwise. */
export function detectNumberLocale(texts: Iterable<string>): NumberLocale {
  let nl = 0;
  let en = 0;
  for (const t of texts) {
    const l = numberTextLocale(t);
    if (l === 'nl') nl++;
    else if (l === 'en') en++;
  }
  return en > nl ? 'en' : 'nl';
}

/**
 * An Excel date serial (1900 system) as "2024-01-15", for messages about a date where an amount
 * belongs: the serial itself ("45306") would mean nothing to the user. A time of day is left out.
 */
export function serialDateText(serial: number): string {
  if (!Number.isFinite(serial) || serial < 1) return String(serial);
  const days = Math.floor(serial);
  // Serial 60 is Excel's non-existent 29 February 1900; from 61 on, day 0 is 30 December 1899.
  const epoch = Date.UTC(1899, 11, days < 60 ? 31 : 30);
  return new Date(epoch + days * 86_400_000).toISOString().slice(0, 10);
}

/** Text as it may be shown back to the user (cut to a readable length). */
export function displayText(value: CellValue, max = 60): string {
  let text: string;
  if (value instanceof Date) text = value.toISOString().slice(0, 10);
  else if (isCellError(value)) text = value.error;
  else text = String(value ?? '');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
