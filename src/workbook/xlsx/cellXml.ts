import { columnLetter } from '../../engine';
import type { OutputValue } from '../port';
import { escapeCellText } from './xml';

/** A number as the shortest text that reads back as the same double (ECMAScript's Number::toString). */
function numberText(n: number): string {
  if (Object.is(n, -0)) return '0';
  return String(n).toUpperCase();
}

const cellRef = (row: number, column: number): string => `${columnLetter(column)}${row + 1}`;

/**
 * One cell element. Text is an inline string (t="inlineStr"), never a formula and never touching
 * the shared string table, so sharedStrings.xml stays as the user's file had it.
 */
export function cellXml(prefix: string, row: number, column: number, value: OutputValue, style: number | undefined): string | null {
  if (value === null) return null;
  const s = style !== undefined && style > 0 ? ` s="${style}"` : '';
  const r = cellRef(row, column);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return `<${prefix}c r="${r}"${s}><${prefix}v>${numberText(value)}</${prefix}v></${prefix}c>`;
  }
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : '';
  return `<${prefix}c r="${r}"${s} t="inlineStr"><${prefix}is><${prefix}t${space}>${escapeCellText(value)}</${prefix}t></${prefix}is></${prefix}c>`;
}
