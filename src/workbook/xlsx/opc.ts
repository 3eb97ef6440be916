import { attr, childNamed, childrenNamed, escapeXml, findEndTag, parseXml, relId, type XmlElement } from './xml';
import type { ZipArchive } from './zip';

/** Relationship and content types this adapter reads or writes (ECMA-376 Part 1, 8 and 12; Part 2, 10.1.2). */
export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
} as const;
/** The strict (ISO 29500 Strict) namespace spells the relationship types differently; only the last segment matters here. */
export const relKind = (type: string): string => type.slice(type.lastIndexOf('/') + 1);

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** The rels part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels" (Part 2, 9.3). */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the source part's folder (Part 2, 9.3.3 / RFC 3986). */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const segments = source.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') segments.pop();
    else if (seg !== '.' && seg !== '') segments.push(seg);
  }
  return segments.join('/');
}

/** The target of `to` written relative to the folder of `from`. */
export function relativeTarget(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let common = 0;
  while (common < a.length && common < b.length - 1 && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
}

export function readRelationships(zip: ZipArchive, part: string): Relationship[] {
  const path = relsPath(part);
  if (!zip.has(path)) return [];
  return childrenNamed(parseXml(zip.text(path)), 'Relationship').map((r) => ({
    id: attr(r, 'Id') ?? '',
    type: attr(r, 'Type') ?? '',
    target: attr(r, 'Target') ?? '',
    external: attr(r, 'TargetMode') === 'External',
  }));
}

/** A relationships part's text with one more relationship. */
export function addRelationship(xml: string, rel: Relationship): string {
  const at = findEndTag(xml, 'Relationships');
  const line = `<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(rel.target)}"/>`;
  return xml.slice(0, at) + line + xml.slice(at);
}

/** A relationships part's text without the relationship `id`. */
export function removeRelationship(xml: string, id: string): string {
  return xml.replace(new RegExp(`<Relationship\\b[^>]*\\bId="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`), '');
}

export const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** A relationship id not used yet in a rels part ("rId7"). */
export function freeRelId(rels: readonly Relationship[], taken: ReadonlySet<string> = new Set()): string {
  const used = new Set([...rels.map((r) => r.id), ...taken]);
  for (let k = rels.length + 1; ; k++) if (!used.has(`rId${k}`)) return `rId${k}`;
}

/** The workbook part's path, from the package relationships. */
export function workbookPath(zip: ZipArchive): string {
  const office = readRelationships(zip, '').find((r) => relKind(r.type) === 'officeDocument');
  if (!office) throw new Error('the package has no workbook part');
  return resolveTarget('', office.target);
}

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  /** The worksheet part ("xl/worksheets/sheet1.xml"); undefined for a chart sheet or a dialog sheet. */
  readonly part?: string;
}

export function workbookSheets(workbook: XmlElement, rels: readonly Relationship[], workbookPart: string): SheetEntry[] {
  return childrenNamed(childNamed(workbook, 'sheets'), 'sheet').map((s) => {
    const id = relId(s) ?? '';
    const rel = rels.find((r) => r.id === id);
    const part = rel && relKind(rel.type) === 'worksheet' ? resolveTarget(workbookPart, rel.target) : undefined;
    const state = attr(s, 'state');
    return {
      name: attr(s, 'name') ?? '',
      sheetId: Number(attr(s, 'sheetId') ?? 0),
      relId: id,
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      ...(part ? { part } : {}),
    };
  });
}

/** [Content_Types].xml with an Override for a new part. */
export function addOverride(xml: string, part: string, type: string): string {
  const at = findEndTag(xml, 'Types');
  return `${xml.slice(0, at)}<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>${xml.slice(at)}`;
}

export function removeOverride(xml: string, part: string): string {
  return xml.replace(new RegExp(`<Override\\b[^>]*PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`), '');
}
