import { rowCells, type SheetScan } from './sheetScan';
import { utf8Bytes } from './zip';

/** A byte range of the original part replaced by new bytes (an insertion when start === end). */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly bytes: readonly Uint8Array[];
}

/** New cell elements per row and column; null removes a cell that holds a value (a bare styled cell stays). */
export type CellEdits = Map<number, Map<number, string | null>>;

/** Worksheet children that come after <conditionalFormatting> (CT_Worksheet's sequence, ECMA-376 Part 1, 18.3.1.99). */
const AFTER_CONDITIONAL = [
  'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF',
  'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];

/** Where a new top-level element goes: before the first existing element that must follow it, else before </worksheet>. */
export function insertionPoint(scan: SheetScan, successors: readonly string[], worksheetEnd: number): number {
  const next = scan.top.find((t) => successors.includes(t.name));
  return next ? next.start : worksheetEnd;
}

export function conditionalInsertionPoint(scan: SheetScan, worksheetEnd: number): number {
  return insertionPoint(scan, AFTER_CONDITIONAL, worksheetEnd);
}

/**
 * The row splices for `edits`: existing rows get our cells spliced in column order (every other
 * cell element is copied byte for byte); rows that do not exist are inserted in row order.
 */
export function rowSplices(b: Uint8Array, scan: SheetScan, edits: CellEdits): Splice[] {
  const p = scan.prefix;
  const splices: Splice[] = [];
  const rows = [...edits.keys()].sort((x, y) => x - y);
  const order = scan.rowOrder;
  let k = 0;
  const pending: { at: number; parts: Uint8Array[] } = { at: -1, parts: [] };
  const flush = () => {
    if (pending.parts.length > 0) splices.push({ start: pending.at, end: pending.at, bytes: pending.parts.splice(0) });
    pending.at = -1;
  };
  for (const r of rows) {
    const cells = edits.get(r)!;
    while (k < order.length && order[k]! < r) k++;
    if (k < order.length && order[k] === r) {
      flush();
      const row = scan.rows[r]!;
      const patched = patchRow(b, row, cells, p);
      if (patched) splices.push(patched);
      continue;
    }
    const newCells = [...cells.entries()].filter(([, xml]) => xml !== null).sort(([a], [c]) => a - c);
    if (newCells.length === 0) continue;
    const at = k < order.length ? scan.rows[order[k]!]!.start : scan.sheetDataCloseStart;
    if (pending.at !== at) { flush(); pending.at = at; }
    pending.parts.push(utf8Bytes(`<${p}row r="${r + 1}">${newCells.map(([, xml]) => xml).join('')}</${p}row>`));
  }
  flush();
  if (scan.sheetDataSelfClosing && splices.length > 0) {
    // <sheetData/> becomes <sheetData>…</sheetData>: the new rows go between.
    const inner = splices.flatMap((s) => s.bytes);
    return [{ start: scan.sheetDataCloseStart, end: scan.sheetDataOpenEnd, bytes: [utf8Bytes('>'), ...inner, utf8Bytes(`</${p}sheetData>`)] }];
  }
  return splices;
}

function patchRow(b: Uint8Array, row: SheetScan['rows'][number], cells: Map<number, string | null>, p: string): Splice | undefined {
  const wanted = [...cells.entries()].sort(([a], [c]) => a - c);
  if (row.selfClosing) {
    const xml = wanted.filter(([, x]) => x !== null).map(([, x]) => x).join('');
    if (!xml) return undefined;
    return { start: row.closeStart, end: row.end, bytes: [utf8Bytes(`>${xml}</${p}row>`)] };
  }
  const existing = rowCells(b, row.openEnd, row.closeStart);
  const out: Uint8Array[] = [];
  let cursor = row.openEnd;
  let w = 0;
  let changed = false;
  for (const cell of existing) {
    let before = '';
    while (w < wanted.length && wanted[w]![0] < cell.column) { if (wanted[w]![1] !== null) before += wanted[w]![1]; w++; }
    if (before) { out.push(b.subarray(cursor, cell.start), utf8Bytes(before)); cursor = cell.start; changed = true; }
    if (!cells.has(cell.column)) continue;
    const mine = cells.get(cell.column)!;
    if (w < wanted.length && wanted[w]![0] === cell.column) w++;
    if (mine === null && !cell.hasContent) continue;
    out.push(b.subarray(cursor, cell.start));
    if (mine !== null) out.push(utf8Bytes(mine));
    cursor = cell.end;
    changed = true;
  }
  let after = '';
  for (; w < wanted.length; w++) if (wanted[w]![1] !== null && !existing.some((c) => c.column === wanted[w]![0])) after += wanted[w]![1];
  if (after) {
    const lastEnd = existing.length > 0 ? existing[existing.length - 1]!.end : row.openEnd;
    out.push(b.subarray(cursor, Math.max(cursor, lastEnd)), utf8Bytes(after));
    cursor = Math.max(cursor, lastEnd);
    changed = true;
  }
  if (!changed) return undefined;
  return { start: row.openEnd, end: cursor, bytes: out };
}

/** The part's bytes with the splices applied, as chunks (the original is referenced, not copied). */
export function applySplices(b: Uint8Array, splices: readonly Splice[]): Uint8Array[] {
  const sorted = [...splices].sort((x, y) => x.start - y.start || x.end - y.end);
  const out: Uint8Array[] = [];
  let pos = 0;
  for (const s of sorted) {
    if (s.start < pos) throw new Error('overlapping sheet edits');
    if (s.start > pos) out.push(b.subarray(pos, s.start));
    out.push(...s.bytes);
    pos = s.end;
  }
  if (pos < b.length) out.push(b.subarray(pos));
  return out;
}
