import type { CliKey } from '../i18n/cli';

/**
 * Which parts of an .xlsx the output will lack. The output is written by exceljs, which keeps values,
 * formulas, styles, tables, merges and images but silently drops what it does not model; the user
 * is told, by name, instead of discovering it later. Read from the zip's central directory (file
 * names only, nothing is unpacked).
 */
const PARTS: readonly (readonly [RegExp, CliKey])[] = [
  [/^xl\/(charts|chartsheets)\//i, 'cli.part.charts'],
  [/^xl\/(pivotTables|pivotCache)\//i, 'cli.part.pivotTables'],
  [/^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//i, 'cli.part.slicers'],
  [/^xl\/vbaProject\.bin$/i, 'cli.part.macros'],
  [/^xl\/webextensions\//i, 'cli.part.addins'],
  [/^xl\/externalLinks\//i, 'cli.part.externalLinks'],
  [/^xl\/(ctrlProps|activeX)\//i, 'cli.part.controls'],
];

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** Entry names of a zip file; empty when the directory cannot be read (exceljs then reports the damage). */
export function zipEntryNames(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) { eocd = i; break; }
  }
  if (eocd < 0) return [];
  const names: string[] = [];
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  for (let e = 0; e < count && p + 46 <= zip.length; e++) {
    if (view.getUint32(p, true) !== CENTRAL) break;
    const nameLength = view.getUint16(p + 28, true);
    names.push(decoder.decode(zip.subarray(p + 46, p + 46 + nameLength)));
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return names;
}

/** Catalog keys of the kinds of content the output will lack, in a fixed order. */
export function droppedParts(zip: Uint8Array): CliKey[] {
  const names = zipEntryNames(zip);
  return PARTS.filter(([pattern]) => names.some((n) => pattern.test(n))).map(([, key]) => key);
}
