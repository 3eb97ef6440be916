import { rowCells, type SheetScan } from './sheetScan';
import type { PartBytes } from './zip';

/** A byte range of the original part replaced by new bytes (an insertion when start === end); outside <sheetData>. */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Our cells, produced one row at a time while the sheet is written (so a million rows are never
 * held as XML): the rows touched, ascending, and per row the new cell elements by column (null
 * removes a cell that holds a value; a bare styled cell of the user's stays).
 */
export interface CellSource {
  readonly rows: () => Iterable<number>;
  readonly cells: (row: number) => ReadonlyMap<number, string | null>;
}

/** Worksheet children that come after <conditionalFormatting> (CT_Worksheet's sequence, ECMA-376 Part 1, 18.3.1.99). */
const AFTER_CONDITIONAL = [
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** Where a new <conditionalFormatting> goes: before the first element that must follow it, else before </worksheet>. */
export function conditionalInsertionPoint(scan: SheetScan, worksheetEnd: number): number {
  const next = scan.top.find((t) => AFTER_CONDITIONAL.includes(t.name));
  return next ? next.start : worksheetEnd;
}

/**
 * What patching needs of a scanned sheet, and nothing more: the offsets of <sheetData> and of every
 * row element, in typed arrays. The scan itself (every cell's value, a few hundred bytes a row) can
 * then be collected before the patched sheet is written.
 */
export interface RowLayout {
  readonly prefix: string;
  readonly sheetDataOpenEnd: number;
  readonly sheetDataCloseStart: number;
  readonly sheetDataSelfClosing: boolean;
  /** 0-based row indexes in file order. */
  readonly order: Int32Array;
  /** Per row in file order: start, openEnd, closeStart, end (see RowInfo). Parts are below 2 GB. */
  readonly offsets: Uint32Array;
  /** Per row in file order: 1 for a self-closing `<row/>`. */
  readonly selfClosing: Uint8Array;
}

export function rowLayout(scan: SheetScan): RowLayout {
  const n = scan.rowOrder.length;
  const order = new Int32Array(n);
  const offsets = new Uint32Array(4 * n);
  const selfClosing = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const index = scan.rowOrder[k]!;
    const row = scan.rows[index]!;
    order[k] = index;
    offsets[4 * k] = row.start;
    offsets[4 * k + 1] = row.openEnd;
    offsets[4 * k + 2] = row.closeStart;
    offsets[4 * k + 3] = row.end;
    selfClosing[k] = row.selfClosing ? 1 : 0;
  }
  return {
    prefix: scan.prefix,
    sheetDataOpenEnd: scan.sheetDataOpenEnd,
    sheetDataCloseStart: scan.sheetDataCloseStart,
    sheetDataSelfClosing: scan.sheetDataSelfClosing,
    order,
    offsets,
    selfClosing,
  };
}

const CHUNK = 1 << 20;
let textEncoder: TextEncoder | undefined;
/** Made on first use: a test environment without TextEncoder (jsdom) may import this module. */
const encoder = {
  encodeInto: (s: string, into: Uint8Array) => (textEncoder ??= new TextEncoder()).encodeInto(s, into),
  encode: (s: string) => (textEncoder ??= new TextEncoder()).encode(s),
};

/** Collects output into 1 MB chunks: original bytes are copied in, new text is encoded in place. */
class ChunkSink {
  private buffer = new Uint8Array(CHUNK);
  private pos = 0;
  readonly ready: Uint8Array[] = [];

  bytes(b: Uint8Array): void {
    if (b.length === 0) return;
    if (this.pos + b.length > this.buffer.length) this.flush();
    if (b.length >= CHUNK) {
      this.ready.push(b);
      return;
    }
    this.buffer.set(b, this.pos);
    this.pos += b.length;
  }

  text(s: string): void {
    if (s.length === 0) return;
    // UTF-8 needs at most 3 bytes per UTF-16 unit.
    if (s.length * 3 > CHUNK) {
      this.flush();
      this.ready.push(encoder.encode(s));
      return;
    }
    if (this.pos + s.length * 3 > this.buffer.length) this.flush();
    this.pos += encoder.encodeInto(s, this.buffer.subarray(this.pos)).written;
  }

  flush(): void {
    if (this.pos === 0) return;
    this.ready.push(this.buffer.subarray(0, this.pos));
    this.buffer = new Uint8Array(CHUNK);
    this.pos = 0;
  }
}

/**
 * The patched worksheet, produced lazily: the bytes outside <sheetData> with the splices applied,
 * and inside it every row copied as it was except the rows we touch, where our cell elements are
 * spliced in column order (every other cell element is copied byte for byte) or new rows inserted
 * in row order.
 */
export function* patchedSheet(b: PartBytes, scan: RowLayout, source: CellSource, splices: readonly Splice[]): Generator<Uint8Array> {
  const sink = new ChunkSink();
  const copy = (from: number, to: number) => b.copy(from, to, (piece) => sink.bytes(piece));
  const p = scan.prefix;
  const before = splices.filter((s) => s.start < scan.sheetDataOpenEnd).sort((x, y) => x.start - y.start);
  const after = splices.filter((s) => s.start >= scan.sheetDataOpenEnd).sort((x, y) => x.start - y.start);
  let pos = 0;
  const copyTo = (to: number, list: readonly Splice[]) => {
    for (const s of list) {
      copy(pos, s.start);
      sink.text(s.text);
      pos = s.end;
    }
    copy(pos, to);
    pos = to;
  };

  if (scan.sheetDataSelfClosing) {
    // <sheetData/>: the rows we add go into a new <sheetData>…</sheetData>.
    copyTo(scan.sheetDataCloseStart, before);
    const rows = [...source.rows()]
      .map((r) => newRow(p, r, source.cells(r)))
      .filter(Boolean)
      .join('');
    sink.text(rows ? `>${rows}</${p}sheetData>` : '/>');
    pos = scan.sheetDataOpenEnd;
  } else {
    copyTo(scan.sheetDataOpenEnd, before);
    const { order, offsets } = scan;
    let k = 0;
    for (const r of source.rows()) {
      while (k < order.length && order[k]! < r) k++;
      const cells = source.cells(r);
      if (k < order.length && order[k] === r) {
        const start = offsets[4 * k]!;
        const end = offsets[4 * k + 3]!;
        copy(pos, start);
        patchRow(b.view(start, end), scan, k, cells, p, sink);
        pos = end;
      } else {
        const at = k < order.length ? offsets[4 * k]! : scan.sheetDataCloseStart;
        copy(pos, at);
        pos = at;
        sink.text(newRow(p, r, cells));
      }
      if (sink.ready.length > 0) yield* sink.ready.splice(0);
    }
  }
  copyTo(b.length, after);
  sink.flush();
  yield* sink.ready.splice(0);
}

function newRow(p: string, r: number, cells: ReadonlyMap<number, string | null>): string {
  const xml = [...cells.entries()]
    .filter(([, x]) => x !== null)
    .sort(([a], [c]) => a - c)
    .map(([, x]) => x)
    .join('');
  return xml ? `<${p}row r="${r + 1}">${xml}</${p}row>` : '';
}

/** `b`: the row element's bytes alone (offsets below are relative to its start). */
function patchRow(
  b: Uint8Array,
  layout: RowLayout,
  k: number,
  cells: ReadonlyMap<number, string | null>,
  p: string,
  sink: ChunkSink,
): void {
  const at = layout.offsets[4 * k]!;
  const row = {
    start: 0,
    openEnd: layout.offsets[4 * k + 1]! - at,
    closeStart: layout.offsets[4 * k + 2]! - at,
    end: layout.offsets[4 * k + 3]! - at,
  };
  const wanted = [...cells.entries()].sort(([a], [c]) => a - c);
  if (layout.selfClosing[k]) {
    const xml = wanted
      .filter(([, x]) => x !== null)
      .map(([, x]) => x)
      .join('');
    sink.bytes(b.subarray(row.start, xml ? row.closeStart : row.end));
    if (xml) sink.text(`>${xml}</${p}row>`);
    return;
  }
  const existing = rowCells(b, row.openEnd, row.closeStart);
  let cursor = row.start;
  let w = 0;
  for (const cell of existing) {
    let before = '';
    while (w < wanted.length && wanted[w]![0] < cell.column) {
      before += wanted[w]![1] ?? '';
      w++;
    }
    if (before) {
      sink.bytes(b.subarray(cursor, cell.start));
      sink.text(before);
      cursor = cell.start;
    }
    if (!cells.has(cell.column)) continue;
    const mine = cells.get(cell.column)!;
    if (w < wanted.length && wanted[w]![0] === cell.column) w++;
    // A bare styled cell of the user's where we have nothing to write stays as it was.
    if (mine === null && !cell.hasContent) continue;
    sink.bytes(b.subarray(cursor, cell.start));
    if (mine !== null) sink.text(mine);
    cursor = cell.end;
  }
  let rest = '';
  for (; w < wanted.length; w++) rest += wanted[w]![1] ?? '';
  const lastEnd = existing.length > 0 ? Math.max(cursor, existing[existing.length - 1]!.end) : row.openEnd;
  sink.bytes(b.subarray(cursor, lastEnd));
  sink.text(rest);
  sink.bytes(b.subarray(lastEnd, row.end));
}
