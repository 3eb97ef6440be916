import type { CellValue } from '../../engine';
import { parseA1, type CellRange } from '../cells';
import { unescapeCellText, unescapeXml } from './xml';

/**
 * A worksheet part read in one pass over its bytes. The scanner is ours, not a general XML parser,
 * because patching needs BYTE offsets (where each row and cell element starts and ends) to splice
 * new cells in while copying every other byte as it was; it relies only on what XML guarantees:
 * `<` never occurs in text or attribute values, so every `<` starts markup.
 */

export type Rect = Omit<CellRange, 'sheet'>;

/** A formula cell without a cached result: it holds something (a formula) but shows no value yet. */
export const FORMULA_NO_VALUE = Symbol('formula without value');

export interface RowInfo {
  /** Offset of `<row`. */
  readonly start: number;
  /** Offset just after the start tag's `>`. */
  readonly openEnd: number;
  /** Offset of `</row>` (for a self-closing row: of `/>`). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  readonly selfClosing: boolean;
  readonly hidden: boolean;
  /** Cell values by 0-based column (sparse). */
  values: (CellValue | typeof FORMULA_NO_VALUE)[];
  /** Style (cellXfs) index by column, where the cell has one (no array for a row without styles). */
  styles?: number[];
}

export interface TopElement {
  readonly name: string;
  readonly start: number;
  end: number;
}

export interface ConditionalFormat {
  readonly start: number;
  end: number;
  readonly sqref: string;
  /** The element as written (kept so a patch can judge it without the sheet's bytes). */
  xml?: string;
}

export interface SheetScan {
  /** Rows by 0-based index (sparse). */
  readonly rows: RowInfo[];
  /** Row indexes in file order. */
  readonly rowOrder: number[];
  /** Children of <worksheet>, in order, with their offsets. */
  readonly top: TopElement[];
  /** Offsets of <sheetData>: its start tag's end and its end tag's start (equal for `<sheetData/>`). */
  sheetDataOpenEnd: number;
  sheetDataCloseStart: number;
  sheetDataSelfClosing: boolean;
  /** The namespace prefix of the sheet's elements ("x:" in files from some generators, usually ""). */
  prefix: string;
  readonly merges: Rect[];
  /** Cells under a data validation (also the x14 ones kept in extLst). */
  readonly validations: Rect[];
  readonly conditionalFormats: ConditionalFormat[];
  maxPriority: number;
  protected: boolean;
  dimension?: { start: number; end: number; xml?: string };
  /** Offset of the `</worksheet>` end tag. */
  worksheetEnd?: number;
  readonly tablePartIds: string[];
  drawingId?: string;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;
let utf8Decoder: TextDecoder | undefined;
/** Made on first use: a test environment without TextDecoder (jsdom) may import this module. */
const utf8 = { decode: (b: Uint8Array) => (utf8Decoder ??= new TextDecoder('utf-8')).decode(b) };

function ascii(b: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += String.fromCharCode(b[i]!);
  return s;
}

/** Index of the `>` ending the tag that starts at `lt`, skipping quoted attribute values. */
function tagEndAt(b: Uint8Array, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < b.length; i++) {
    const ch = b[i]!;
    if (quote) {
      if (ch === quote) quote = 0;
      continue;
    }
    if (ch === QUOTE || ch === APOS) quote = ch;
    else if (ch === GT) return i;
  }
  return -1;
}

const isNameEnd = (ch: number) => ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d || ch === SLASH || ch === GT;

/** The local name of the tag whose name starts at `from`, and where the name ends. */
function tagName(b: Uint8Array, from: number): { local: string; prefix: string; end: number } {
  let i = from;
  let colon = -1;
  while (i < b.length && !isNameEnd(b[i]!)) {
    if (b[i] === 0x3a) colon = i;
    i++;
  }
  return { local: ascii(b, colon < 0 ? from : colon + 1, i), prefix: colon < 0 ? '' : ascii(b, from, colon + 1), end: i };
}

/** Attributes of a start tag (names as written, values with entities resolved). */
function tagAttributes(b: Uint8Array, from: number, to: number): Record<string, string> {
  const out: Record<string, string> = {};
  let i = from;
  while (i < to) {
    while (i < to && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0d)) i++;
    const nameStart = i;
    while (i < to && b[i] !== 0x3d && b[i] !== 0x20 && b[i] !== SLASH && b[i] !== GT) i++;
    if (i >= to || b[i] !== 0x3d) {
      i++;
      continue;
    }
    const name = ascii(b, nameStart, i);
    i++;
    while (i < to && b[i] !== QUOTE && b[i] !== APOS) i++;
    const quote = b[i];
    const valueStart = ++i;
    while (i < to && b[i] !== quote) i++;
    out[name] = unescapeXml(utf8.decode(b.subarray(valueStart, i)));
    i++;
  }
  return out;
}

/** A space-separated sqref ("A1:B3 D5") as rectangles. */
export function parseSqref(sqref: string): Rect[] {
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .map((s) => parseA1(s))
    .filter((r): r is Rect => r !== undefined);
}

const ERRORS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

/** A cell's value as Excel shows it, from its type attribute and raw `<v>` / inline text. */
function cellValue(type: string | undefined, raw: string | undefined, inline: string | undefined, shared: readonly string[]): CellValue {
  switch (type) {
    case 'inlineStr':
      return inline ?? (raw !== undefined ? unescapeCellText(unescapeXml(raw)) : null);
    case 's': {
      if (raw === undefined) return null;
      const text = shared[Number(raw)];
      return text === undefined ? null : text;
    }
    case 'str':
      return raw === undefined ? null : unescapeCellText(unescapeXml(raw));
    case 'b':
      return raw === undefined ? null : raw.trim() === '1' || raw.trim() === 'true';
    case 'e': {
      if (raw === undefined) return null;
      const error = unescapeXml(raw).trim();
      return { error: ERRORS.has(error) ? error : error };
    }
    case 'd':
      return raw === undefined ? null : new Date(raw.trim());
    default: {
      if (raw === undefined || raw.trim() === '') return null;
      const n = Number(raw);
      return Number.isNaN(n) ? null : n;
    }
  }
}

interface CellState {
  column: number;
  type?: string;
  style?: number;
  raw?: string;
  inline?: string;
  formula: boolean;
}

export interface ScanOptions {
  readonly shared: readonly string[];
  /** Stop after this many rows (0-based row index beyond which nothing is needed), e.g. to peek at A1. */
  readonly stopAfterRow?: number;
}

/** Reads a worksheet part's bytes: every row (values, styles, hidden), merges, validations, protection and the offsets patching needs. */
export function scanSheet(b: Uint8Array, options: ScanOptions): SheetScan {
  const scan: SheetScan = {
    rows: [],
    rowOrder: [],
    top: [],
    sheetDataOpenEnd: -1,
    sheetDataCloseStart: -1,
    sheetDataSelfClosing: false,
    prefix: '',
    merges: [],
    validations: [],
    conditionalFormats: [],
    maxPriority: 0,
    protected: false,
    tablePartIds: [],
  };
  const stack: string[] = [];
  let row: RowInfo | undefined;
  let rowIndex = -1;
  let cell: CellState | undefined;
  let nextColumn = 0;
  let textStart = -1;
  let capture: 'v' | 't' | 'sqref' | undefined;
  let inlineParts: string[] | undefined;
  let inPhonetic = false;
  let x14Validation = false;
  let i = 0;

  const finishCell = () => {
    if (!cell || !row) return;
    const value = cellValue(cell.type, cell.raw, inlineParts?.join(''), options.shared);
    row.values[cell.column] = value === null && cell.formula ? FORMULA_NO_VALUE : value;
    if (cell.style !== undefined && cell.style !== 0) (row.styles ??= [])[cell.column] = cell.style;
    cell = undefined;
    inlineParts = undefined;
  };

  for (;;) {
    const lt = b.indexOf(LT, i);
    if (lt < 0) break;
    if (capture && textStart >= 0) {
      const text = utf8.decode(b.subarray(textStart, lt));
      if (capture === 'v' && cell) cell.raw = (cell.raw ?? '') + text;
      else if (capture === 't' && inlineParts && !inPhonetic) inlineParts.push(unescapeCellText(unescapeXml(text)));
      else if (capture === 'sqref' && x14Validation) scan.validations.push(...parseSqref(unescapeXml(text)));
    }
    const next = b[lt + 1];
    if (next === 0x21) {
      // Comment or CDATA (CDATA text is kept for a captured element).
      if (b[lt + 2] === 0x5b) {
        const close = indexOfSeq(b, [0x5d, 0x5d, 0x3e], lt + 9);
        if (capture === 'v' && cell) cell.raw = (cell.raw ?? '') + utf8.decode(b.subarray(lt + 9, close));
        i = close + 3;
      } else {
        i = indexOfSeq(b, [0x2d, 0x2d, 0x3e], lt + 4) + 3;
      }
      textStart = capture ? i : -1;
      continue;
    }
    if (next === 0x3f) {
      i = indexOfSeq(b, [0x3f, 0x3e], lt + 2) + 2;
      continue;
    }
    if (next === SLASH) {
      const gt = b.indexOf(GT, lt);
      const { local } = tagName(b, lt + 2);
      stack.pop();
      i = gt + 1;
      closeElement(local, lt, i);
      textStart = capture ? i : -1;
      if (scan.rowOrder.length > 0 && options.stopAfterRow !== undefined && local === 'row' && rowIndex >= options.stopAfterRow) break;
      continue;
    }
    const gt = tagEndAt(b, lt);
    if (gt < 0) throw new Error('a worksheet tag is not closed');
    const selfClosing = b[gt - 1] === SLASH;
    const name = tagName(b, lt + 1);
    const attrsEnd = selfClosing ? gt - 1 : gt;
    i = gt + 1;
    openElement(name.local, name.prefix, lt, name.end, attrsEnd, selfClosing);
    if (!selfClosing) stack.push(name.local);
    else closeElement(name.local, lt, i);
    textStart = capture ? i : -1;
    if (selfClosing && name.local === 'row' && options.stopAfterRow !== undefined && rowIndex >= options.stopAfterRow) break;
  }
  return scan;

  function openElement(local: string, prefix: string, lt: number, attrsStart: number, attrsEnd: number, selfClosing: boolean): void {
    const depth = stack.length;
    if (depth === 0) {
      scan.prefix = prefix;
      return;
    }
    if (depth === 1) scan.top.push({ name: local, start: lt, end: -1 });
    const parent = stack[depth - 1];
    if (local === 'c' && parent === 'row' && row) {
      const a = cellAttributes(b, attrsStart, attrsEnd);
      const column = a.column >= 0 ? a.column : nextColumn;
      nextColumn = column + 1;
      cell = {
        column,
        formula: false,
        ...(a.type !== undefined ? { type: a.type } : {}),
        ...(a.style !== undefined ? { style: a.style } : {}),
      };
      if (selfClosing) finishCell();
      return;
    }
    if (cell) {
      if (local === 'v') capture = selfClosing ? undefined : 'v';
      else if (local === 'f') cell.formula = true;
      else if (local === 'is') inlineParts = [];
      else if (local === 't' && inlineParts) capture = selfClosing ? undefined : 't';
      else if (local === 'rPh') inPhonetic = true;
      return;
    }
    switch (local) {
      case 'row': {
        const a = tagAttributes(b, attrsStart, attrsEnd);
        rowIndex = a.r !== undefined ? Number(a.r) - 1 : rowIndex + 1;
        nextColumn = 0;
        const hidden = a.hidden === '1' || a.hidden === 'true';
        row = {
          start: lt,
          openEnd: attrsEnd + (selfClosing ? 2 : 1),
          closeStart: selfClosing ? attrsEnd : -1,
          end: -1,
          selfClosing,
          hidden,
          values: [],
        };
        scan.rows[rowIndex] = row;
        scan.rowOrder.push(rowIndex);
        return;
      }
      case 'sheetData':
        scan.sheetDataOpenEnd = attrsEnd + (selfClosing ? 2 : 1);
        if (selfClosing) {
          scan.sheetDataSelfClosing = true;
          scan.sheetDataCloseStart = attrsEnd;
        }
        return;
      case 'dimension':
        scan.dimension = { start: lt, end: -1 };
        return;
      case 'mergeCell': {
        const ref = tagAttributes(b, attrsStart, attrsEnd).ref;
        const rect = ref ? parseA1(ref) : undefined;
        if (rect) scan.merges.push(rect);
        return;
      }
      case 'dataValidation': {
        const a = tagAttributes(b, attrsStart, attrsEnd);
        if (a.sqref !== undefined) scan.validations.push(...parseSqref(a.sqref));
        else x14Validation = true;
        return;
      }
      case 'sqref':
        if (x14Validation) capture = 'sqref';
        return;
      case 'sheetProtection': {
        const a = tagAttributes(b, attrsStart, attrsEnd);
        scan.protected = a.sheet === '1' || a.sheet === 'true';
        return;
      }
      case 'conditionalFormatting':
        if (depth === 1) scan.conditionalFormats.push({ start: lt, end: -1, sqref: tagAttributes(b, attrsStart, attrsEnd).sqref ?? '' });
        return;
      case 'cfRule': {
        const priority = Number(tagAttributes(b, attrsStart, attrsEnd).priority);
        if (Number.isFinite(priority)) scan.maxPriority = Math.max(scan.maxPriority, priority);
        return;
      }
      case 'tablePart': {
        const id = relIdOf(tagAttributes(b, attrsStart, attrsEnd));
        if (id) scan.tablePartIds.push(id);
        return;
      }
      case 'drawing':
        if (depth === 1) {
          const id = relIdOf(tagAttributes(b, attrsStart, attrsEnd));
          if (id) scan.drawingId = id;
        }
        return;
      default:
    }
  }

  function closeElement(local: string, lt: number, after: number): void {
    const depth = stack.length;
    if (depth === 1) {
      const last = scan.top[scan.top.length - 1];
      if (last) last.end = after;
    }
    if (local === 'c' && cell) {
      finishCell();
      return;
    }
    if (local === 'v' || local === 't' || local === 'sqref') {
      capture = undefined;
      return;
    }
    if (local === 'rPh') {
      inPhonetic = false;
      return;
    }
    if (local === 'row' && row) {
      finishCell();
      // An array grown cell by cell has room for about twice its cells; a million rows keep only what they hold.
      if (row.values.length > 0) row.values = row.values.slice();
      if (row.styles) row.styles = row.styles.slice();
      if (!row.selfClosing) row.closeStart = lt;
      row.end = after;
      row = undefined;
      return;
    }
    if (local === 'sheetData' && !scan.sheetDataSelfClosing) {
      scan.sheetDataCloseStart = lt;
      return;
    }
    if (local === 'dimension' && scan.dimension) {
      scan.dimension.end = after;
      scan.dimension.xml = utf8.decode(b.subarray(scan.dimension.start, after));
      return;
    }
    if (local === 'worksheet' && depth === 0) {
      scan.worksheetEnd = lt;
      return;
    }
    if (local === 'dataValidation') {
      x14Validation = false;
      return;
    }
    if (local === 'conditionalFormatting' && depth === 1) {
      const cf = scan.conditionalFormats[scan.conditionalFormats.length - 1];
      if (cf) {
        cf.end = after;
        cf.xml = utf8.decode(b.subarray(cf.start, after));
      }
    }
  }
}

/**
 * The three attributes of a cell's start tag that matter here, read straight from the bytes (a
 * sheet has millions of cells): the column of r="B12" (-1 without r), t and s.
 */
function cellAttributes(b: Uint8Array, from: number, to: number): { column: number; type?: string; style?: number } {
  let column = -1;
  let type: string | undefined;
  let style: number | undefined;
  let i = from;
  while (i < to) {
    while (i < to && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0d)) i++;
    const nameStart = i;
    while (i < to && b[i] !== 0x3d) i++;
    const nameLength = i - nameStart;
    const n0 = b[nameStart];
    i++;
    while (i < to && b[i] !== QUOTE && b[i] !== APOS) i++;
    const quote = b[i];
    const valueStart = ++i;
    while (i < to && b[i] !== quote) i++;
    if (nameLength === 1 && n0 === 0x72) {
      let c = 0;
      for (let k = valueStart; k < i; k++) {
        const ch = b[k]!;
        if (ch >= 65 && ch <= 90) c = c * 26 + (ch - 64);
        else if (ch >= 97 && ch <= 122) c = c * 26 + (ch - 96);
        else break;
      }
      column = c - 1;
    } else if (nameLength === 1 && n0 === 0x74) type = ascii(b, valueStart, i);
    else if (nameLength === 1 && n0 === 0x73) {
      let v = 0;
      for (let k = valueStart; k < i; k++) v = v * 10 + (b[k]! - 48);
      style = v;
    }
    i++;
  }
  return { column, ...(type !== undefined ? { type } : {}), ...(style !== undefined ? { style } : {}) };
}

function relIdOf(attrs: Record<string, string>): string | undefined {
  for (const [k, v] of Object.entries(attrs)) if (k.endsWith(':id')) return v;
  return undefined;
}

function indexOfSeq(b: Uint8Array, seq: readonly number[], from: number): number {
  for (let i = b.indexOf(seq[0]!, from); i >= 0; i = b.indexOf(seq[0]!, i + 1)) {
    if (seq.every((s, k) => b[i + k] === s)) return i;
  }
  throw new Error('a worksheet comment or section is not closed');
}

/** The cell elements of one row's content: column and byte range of each (for splicing). */
export function rowCells(b: Uint8Array, from: number, to: number): { column: number; start: number; end: number; hasContent: boolean }[] {
  const out: { column: number; start: number; end: number; hasContent: boolean }[] = [];
  let next = 0;
  let i = from;
  while (i < to) {
    const lt = b.indexOf(LT, i);
    if (lt < 0 || lt >= to) break;
    if (b[lt + 1] === 0x21 || b[lt + 1] === 0x3f || b[lt + 1] === SLASH) {
      i = tagEndAt(b, lt) + 1;
      continue;
    }
    const name = tagName(b, lt + 1);
    const gt = tagEndAt(b, lt);
    const selfClosing = b[gt - 1] === SLASH;
    if (name.local !== 'c') {
      // Not a cell (an extLst inside a row): skip the whole element.
      i = selfClosing ? gt + 1 : endOfElement(b, gt + 1, name.prefix + name.local, to);
      continue;
    }
    const attrs = cellAttributes(b, name.end, selfClosing ? gt - 1 : gt);
    const column = attrs.column >= 0 ? attrs.column : next;
    next = column + 1;
    const end = selfClosing ? gt + 1 : endOfCell(b, gt + 1, to);
    // A cell "holds something" when it has a value, an inline string or a formula; a bare styled cell does not.
    out.push({ column, start: lt, end, hasContent: !selfClosing && childIsContent(b, gt + 1, end) });
    i = end;
  }
  return out;
}

/** The first child of a cell is <v>, <f> or <is> (with any prefix). */
function childIsContent(b: Uint8Array, from: number, to: number): boolean {
  const lt = b.indexOf(LT, from);
  if (lt < 0 || lt >= to || b[lt + 1] === SLASH) return false;
  const local = tagName(b, lt + 1).local;
  return local === 'v' || local === 'f' || local === 'is';
}

/** Offset just after a cell's end tag: the first `</…c>` after its content (cells do not nest). */
function endOfCell(b: Uint8Array, from: number, limit: number): number {
  for (let i = b.indexOf(LT, from); i >= 0 && i < limit; i = b.indexOf(LT, i + 1)) {
    if (b[i + 1] !== SLASH) continue;
    const gt = b.indexOf(GT, i);
    let k = gt - 1;
    while (b[k] === 0x20 || b[k] === 0x09 || b[k] === 0x0a || b[k] === 0x0d) k--;
    if (b[k] === 0x63 && (b[k - 1] === SLASH || b[k - 1] === 0x3a)) return gt + 1;
  }
  throw new Error('a cell element is not closed inside its row');
}

/** Offset just after the end tag `</qname>` of an element whose content starts at `from` (elements of the same name do not nest here). */
function endOfElement(b: Uint8Array, from: number, qname: string, limit: number): number {
  const seq = Array.from(`</${qname}>`, (ch) => ch.charCodeAt(0));
  const at = indexOfSeq(b, seq, from);
  if (at >= limit) throw new Error(`element ${qname} is not closed inside its row`);
  return at + seq.length;
}
