import {
  addOverride,
  addRelationship,
  EMPTY_RELS,
  freeRelId,
  readRelationships,
  relativeTarget,
  relKind,
  relsPath,
  removeOverride,
  removeRelationship,
  resolveTarget,
  workbookPath,
  workbookSheets,
  type Relationship,
  type SheetEntry,
} from './opc';
import { scanSheet, type SheetScan } from './sheetScan';
import { readSharedStrings } from './strings';
import { EMPTY_STYLES, readStyles, type StyleSheet } from './styles';
import { readTable, type TablePart } from './tables';
import { escapeXml, findEndTag, findStartTag, parseXml, setAttribute } from './xml';
import {
  chunksOf,
  utf8Bytes,
  wholePart,
  writeZip,
  writeZipTo,
  ZipArchive,
  type Compression,
  type Inflate,
  type PartBytes,
  type PartContent,
  type ZipSink,
} from './zip';

let utf8Decoder: TextDecoder | undefined;
/** Made on first use: a test environment without TextDecoder (jsdom) may import this module. */
const decoder = { decode: (b: Uint8Array) => (utf8Decoder ??= new TextDecoder('utf-8')).decode(b) };
/** Unpacked parts at least this large are kept for the next question (see `unpacked`). */
const LARGE_PART = 1 << 20;
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function joinChunks(content: PartContent): Uint8Array {
  if (content instanceof Uint8Array) return content;
  const chunks = [...chunksOf(content)];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

/**
 * An .xlsx file as an OPC package: parts are read from the zip when first needed and written back
 * only when changed; `save` copies every other entry as stored. Knows the workbook's sheet list
 * and how to add and remove a sheet (workbook.xml, its rels and [Content_Types].xml together).
 */
export class XlsxPackage {
  readonly zip: ZipArchive;
  readonly workbookPart: string;
  private readonly changed = new Map<string, PartContent | null>();
  private readonly added = new Map<string, PartContent>();
  private sharedCache?: string[];
  private stylesCache?: StyleSheet;
  private readonly scans = new Map<string, SheetScan>();
  private readonly peeks = new Map<string, SheetScan>();
  /** The last large part unpacked (the client sheet): peeked and scanned from one copy instead of two. */
  private unpacked?: { readonly part: string; readonly bytes: Uint8Array };

  constructor(bytes: Uint8Array, inflate?: Inflate) {
    this.zip = new ZipArchive(bytes, inflate);
    this.workbookPart = workbookPath(this.zip);
    if (!this.zip.has(this.workbookPart)) throw new Error(`the workbook part ${this.workbookPart} is missing`);
  }

  has(part: string): boolean {
    if (this.added.has(part)) return true;
    if (this.changed.has(part)) return this.changed.get(part) !== null;
    return this.zip.has(part);
  }

  bytes(part: string): Uint8Array {
    const content = this.added.get(part) ?? this.changed.get(part);
    if (content) {
      // A lazily patched part is produced once if someone reads it before the save.
      const bytes = joinChunks(content);
      if (bytes !== content) this.put(part, bytes);
      return bytes;
    }
    if (this.unpacked?.part === part) return this.unpacked.bytes;
    const bytes = this.zip.read(part);
    if (bytes.length >= LARGE_PART) this.unpacked = { part, bytes };
    return bytes;
  }

  text(part: string): string {
    return decoder.decode(this.bytes(part));
  }

  /** Replaces (or adds) a part; a string is written as UTF-8. */
  put(part: string, content: PartContent | string): void {
    const value = typeof content === 'string' ? utf8Bytes(content) : content;
    if (this.zip.has(part)) this.changed.set(part, value);
    else this.added.set(part, value);
    this.scans.delete(part);
    this.peeks.delete(part);
    if (this.unpacked?.part === part) this.unpacked = undefined;
  }

  remove(part: string): void {
    if (this.added.has(part)) this.added.delete(part);
    else if (this.zip.has(part)) this.changed.set(part, null);
    this.scans.delete(part);
    this.peeks.delete(part);
    if (this.unpacked?.part === part) this.unpacked = undefined;
  }

  /** True when the part is no longer what the input file had. */
  isChanged(part: string): boolean {
    return this.changed.has(part) || this.added.has(part);
  }

  save(now?: Date, compression?: Compression): Uint8Array {
    return writeZip(this.zip, this.changed, this.added, now, compression);
  }

  /** The same bytes as `save`, written into `sink` as they are made (a large file is never held whole). */
  saveTo(sink: ZipSink, now?: Date, compression?: Compression): void {
    writeZipTo(sink, this.zip, this.changed, this.added, now, compression);
  }

  relationships(part: string): Relationship[] {
    const path = relsPath(part);
    if (!this.has(path)) return [];
    if (!this.isChanged(path)) return readRelationships(this.zip, part);
    const xml = this.text(path);
    return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => {
      const get = (n: string) => new RegExp(`\\b${n}="([^"]*)"`).exec(m[0])?.[1] ?? '';
      return { id: get('Id'), type: get('Type'), target: get('Target'), external: get('TargetMode') === 'External' };
    });
  }

  /** Adds a relationship from `source` to `target` (a part path); returns its id. */
  relate(source: string, target: string, type: string): string {
    const path = relsPath(source);
    const rels = this.relationships(source);
    const id = freeRelId(rels);
    const xml = this.has(path) ? this.text(path) : EMPTY_RELS;
    this.put(path, addRelationship(xml, { id, type, target: relativeTarget(source, target), external: false }));
    return id;
  }

  unrelate(source: string, id: string): void {
    const path = relsPath(source);
    if (this.has(path)) this.put(path, removeRelationship(this.text(path), id));
  }

  sheets(): SheetEntry[] {
    return workbookSheets(parseXml(this.text(this.workbookPart)), this.relationships(this.workbookPart), this.workbookPart);
  }

  sharedStrings(): string[] {
    if (!this.sharedCache) {
      const rel = this.relationships(this.workbookPart).find((r) => relKind(r.type) === 'sharedStrings');
      const part = rel ? resolveTarget(this.workbookPart, rel.target) : undefined;
      this.sharedCache = part && this.has(part) ? readSharedStrings(this.bytes(part)) : [];
    }
    return this.sharedCache;
  }

  stylesPart(): string | undefined {
    const rel = this.relationships(this.workbookPart).find((r) => relKind(r.type) === 'styles');
    return rel ? resolveTarget(this.workbookPart, rel.target) : undefined;
  }

  styles(): StyleSheet {
    if (!this.stylesCache || this.isChanged(this.stylesPart() ?? '')) {
      const part = this.stylesPart();
      this.stylesCache = part && this.has(part) ? readStyles(this.text(part)) : EMPTY_STYLES;
    }
    return this.stylesCache;
  }

  /**
   * The whole sheet, scanned once and kept (the client sheet); re-scanned after it was patched. Its
   * unpacked bytes are not kept past the scan: the patch reads them again from the zip (`original`).
   */
  scan(part: string): SheetScan {
    let scan = this.scans.get(part);
    if (!scan) {
      scan = scanSheet(this.bytes(part), { shared: this.sharedStrings() });
      this.scans.set(part, scan);
      if (this.unpacked?.part === part) this.unpacked = undefined;
    }
    return scan;
  }

  /** The part as the input file has it (whatever was put in its place since), unpacked as it is read. */
  original(part: string): PartBytes {
    return this.unpacked?.part === part ? wholePart(this.unpacked.bytes) : this.zip.stream(part);
  }

  /** Only the first row of a sheet (enough to see its A1), kept for the next question. */
  peek(part: string): SheetScan {
    const full = this.scans.get(part);
    if (full) return full;
    let peeked = this.peeks.get(part);
    if (!peeked) {
      peeked = scanSheet(this.bytes(part), { shared: this.sharedStrings(), stopAfterRow: 0 });
      this.peeks.set(part, peeked);
    }
    return peeked;
  }

  tables(sheetPart: string): TablePart[] {
    const scan = this.peekTables(sheetPart);
    const rels = this.relationships(sheetPart);
    return scan.flatMap((id) => {
      const rel = rels.find((r) => r.id === id);
      if (!rel) return [];
      const part = resolveTarget(sheetPart, rel.target);
      return this.has(part) ? [readTable(part, this.text(part))] : [];
    });
  }

  /** The tablePart ids of a sheet in file order, read without scanning its rows when the relationships say there is no table. */
  private peekTables(sheetPart: string): string[] {
    const rels = this.relationships(sheetPart).filter((r) => relKind(r.type) === 'table');
    if (rels.length === 0) return [];
    return this.scan(sheetPart).tablePartIds;
  }

  /** Adds a worksheet part and its <sheet> entry at the end of the workbook; returns the part path. */
  addSheet(name: string, xml: string, hidden: boolean): string {
    const taken = new Set([...this.zip.order, ...this.added.keys()]);
    let k = 1;
    while (taken.has(`xl/worksheets/sheet${k}.xml`)) k++;
    const part = `xl/worksheets/sheet${k}.xml`;
    this.put(part, xml);
    this.put(
      '[Content_Types].xml',
      addOverride(this.text('[Content_Types].xml'), part, 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml'),
    );
    const id = this.relate(this.workbookPart, part, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet');
    let wb = this.text(this.workbookPart);
    const sheetId = Math.max(0, ...this.sheets().map((s) => s.sheetId)) + 1;
    const rPrefix = new RegExp(`xmlns:([\\w.-]+)="${R_NS}"`).exec(wb)?.[1];
    const idAttr = rPrefix ? `${rPrefix}:id="${id}"` : `xmlns:r="${R_NS}" r:id="${id}"`;
    const sheetsStart = findStartTag(wb, 'sheets');
    const qname = /^<([\w.-]+:)?/.exec(wb.slice(sheetsStart))?.[1] ?? '';
    const element = `<${qname}sheet name="${escapeXml(name)}" sheetId="${sheetId}"${hidden ? ' state="hidden"' : ''} ${idAttr}/>`;
    const close = findEndTag(wb, 'sheets', sheetsStart);
    wb = wb.slice(0, close) + element + wb.slice(close);
    this.put(this.workbookPart, wb);
    return part;
  }

  /**
   * Removes a sheet of ours: its <sheet> entry, relationship, content type, part, and the parts only
   * it used (its drawing and chart). Sheet-scoped names of later sheets keep pointing at the same
   * sheet (their localSheetId moves down), and the active tab stays valid.
   */
  removeSheet(name: string): void {
    const sheets = this.sheets();
    const index = sheets.findIndex((s) => s.name.toLowerCase() === name.toLowerCase());
    if (index < 0) throw new Error(`ItemNotFound: there is no sheet "${name}".`);
    const sheet = sheets[index]!;
    if (sheet.part) this.removeOwnedPart(sheet.part);
    this.unrelate(this.workbookPart, sheet.relId);
    let wb = this.text(this.workbookPart);
    const escaped = escapeXml(sheet.name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    wb = wb.replace(new RegExp(`<(?:[\\w.-]+:)?sheet\\b[^>]*\\bname="${escaped}"[^>]*/>`), '');
    wb = wb.replace(/(<(?:[\w.-]+:)?definedName\b[^>]*\blocalSheetId=")(\d+)(")/g, (whole, a: string, n: string, b: string) => {
      const id = Number(n);
      return id > index ? `${a}${id - 1}${b}` : whole;
    });
    wb = wb.replace(/(<(?:[\w.-]+:)?workbookView\b[^>]*>)/g, (tag: string) =>
      tag.replace(/\b(activeTab|firstSheet)="(\d+)"/g, (whole, k: string, n: string) => {
        const id = Number(n);
        return id >= index && id > 0 ? `${k}="${id - 1}"` : whole;
      }),
    );
    this.put(this.workbookPart, wb);
  }

  /** Removes a part of ours with its rels and the parts those rels point at (drawing → chart). */
  removeOwnedPart(part: string): void {
    for (const rel of this.relationships(part)) {
      if (rel.external) continue;
      const target = resolveTarget(part, rel.target);
      if (this.has(target)) this.removeOwnedPart(target);
    }
    const rels = relsPath(part);
    if (this.has(rels)) this.remove(rels);
    this.remove(part);
    this.put('[Content_Types].xml', removeOverride(this.text('[Content_Types].xml'), part));
  }

  /** Sets an attribute on the <sheet> entry of a sheet (e.g. to hide our settings sheet). */
  setSheetAttribute(name: string, attribute: string, value: string): void {
    const wb = this.text(this.workbookPart);
    const escaped = escapeXml(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(`<(?:[\\w.-]+:)?sheet\\b[^>]*\\bname="${escaped}"`).exec(wb);
    if (!m) return;
    this.put(this.workbookPart, setAttribute(wb, m.index, attribute, value));
  }

  /** A free part name like xl/drawings/drawing3.xml. */
  freePart(folder: string, stem: string): string {
    const taken = new Set([...this.zip.order.filter((p) => this.has(p)), ...this.added.keys()]);
    for (let k = 1; ; k++) if (!taken.has(`${folder}/${stem}${k}.xml`)) return `${folder}/${stem}${k}.xml`;
  }

  addContentType(part: string, type: string): void {
    this.put('[Content_Types].xml', addOverride(this.text('[Content_Types].xml'), part, type));
  }
}
