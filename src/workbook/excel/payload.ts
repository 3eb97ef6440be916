/**
 * Request sizes, measured the way they travel: JSON, UTF-8 encoded. Excel on the web rejects a request
 * or response over 5 MB, and a read over 5 million cells; the adapter stays well under both.
 */

/** UTF-8 length of a string without allocating the encoded bytes. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of a value as JSON (undefined counts as nothing, like JSON drops it). */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 0 : utf8Length(json);
}

/** Bytes the adapter assumes per cell for values plus number format before it has seen the data. */
export const FIRST_READ_BYTES_PER_CELL = 24;
/** Bytes per cell of a `valueTypes` read ("Empty", "String", …). */
export const VALUE_TYPE_BYTES = 9;

/** Excel's published limits (Excel on the web is the strictest client). */
export const EXCEL_LIMITS = {
  requestBytes: 5_000_000,
  responseBytes: 5_000_000,
  cellsPerRead: 5_000_000,
} as const;

/** What the adapter allows itself per round trip (tests give it smaller budgets). */
export interface Budget {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly cellsPerRead: number;
}

/**
 * What the adapter allows itself per round trip: under 4 MB with room for Office.js's own envelope
 * (object paths, action ids), and far under 5 million cells per read.
 */
export const ADAPTER_BUDGET: Budget = {
  requestBytes: 3_500_000,
  responseBytes: 3_500_000,
  cellsPerRead: 1_000_000,
} as const;
