import { attr, childNamed, childrenNamed, escapeXml, findEndTag, findStartTag, parseXml, prefixOf, setAttribute, tagEnd } from './xml';

/**
 * The built-in number formats (ECMA-376 Part 1, 18.8.30): ids a cell may use without a <numFmt>.
 * Only the ones that matter for reading (percent and date detection) need their exact code.
 */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

export interface StyleSheet {
  /** Number format code per cellXfs index. */
  readonly xfFormats: string[];
  readonly numFmts: Map<number, string>;
}

export const EMPTY_STYLES: StyleSheet = { xfFormats: ['General'], numFmts: new Map() };

export function readStyles(xml: string): StyleSheet {
  const root = parseXml(xml);
  const numFmts = new Map<number, string>();
  for (const f of childrenNamed(childNamed(root, 'numFmts'), 'numFmt'))
    numFmts.set(Number(attr(f, 'numFmtId')), attr(f, 'formatCode') ?? 'General');
  const xfFormats = childrenNamed(childNamed(root, 'cellXfs'), 'xf').map((xf) => {
    const id = Number(attr(xf, 'numFmtId') ?? 0);
    return numFmts.get(id) ?? BUILT_IN[id] ?? 'General';
  });
  return { xfFormats, numFmts };
}

/** What our cells look like: a number format, optionally bold. */
export interface CellLook {
  readonly format: string;
  readonly bold?: boolean;
}

/**
 * Appends what our cells need to styles.xml: number formats, one bold font, cell formats (xf)
 * and differential formats (dxf) for the class colours. Existing entries keep their index, so no
 * cell of the user's changes its look; an identical entry we added on an earlier run is reused.
 */
export class StylesPatch {
  private xml: string;
  private readonly root;
  private readonly numFmtIds = new Map<string, number>();
  private nextNumFmt: number;
  private xfCount: number;
  private dxfCount: number;
  private boldFont: number | undefined;
  private readonly newXfs: string[] = [];
  private readonly newDxfs: string[] = [];
  private readonly newNumFmts: string[] = [];
  private readonly xfIndex = new Map<string, number>();
  private readonly dxfIndex = new Map<string, number>();
  private newFont: string | undefined;
  private fontCount: number;

  constructor(xml: string) {
    this.xml = xml;
    this.root = parseXml(xml);
    let max = 163;
    for (const f of childrenNamed(childNamed(this.root, 'numFmts'), 'numFmt')) {
      const id = Number(attr(f, 'numFmtId'));
      max = Math.max(max, id);
      this.numFmtIds.set(attr(f, 'formatCode') ?? '', id);
    }
    // Custom formats start at 164 (ids below are built in).
    this.nextNumFmt = max + 1;
    const xfs = childrenNamed(childNamed(this.root, 'cellXfs'), 'xf');
    this.xfCount = xfs.length;
    xfs.forEach((xf, i) => {
      const key = xfKey(xf.attributes);
      if (key) this.xfIndex.set(key, i);
    });
    const dxfs = childNamed(this.root, 'dxfs');
    this.dxfCount = childrenNamed(dxfs, 'dxf').length;
    const fonts = childrenNamed(childNamed(this.root, 'fonts'), 'font');
    this.fontCount = fonts.length;
    const bold = fonts.findIndex((f) => f.children.some((c) => c.name === 'b') && f.children.length <= 4);
    if (bold >= 0) this.boldFont = bold;
  }

  private numFmtId(code: string): number {
    const builtIn = Object.entries(BUILT_IN).find(([, c]) => c === code);
    if (builtIn && (code === 'General' || code === '0' || code === '0%' || code === '0.00%' || code === '@')) return Number(builtIn[0]);
    let id = this.numFmtIds.get(code);
    if (id === undefined) {
      id = this.nextNumFmt++;
      this.numFmtIds.set(code, id);
      this.newNumFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  }

  /** The cellXfs index of a look (added on first use). */
  xf(look: CellLook): number {
    const numFmtId = this.numFmtId(look.format);
    const fontId = look.bold ? this.bold() : 0;
    const attrs: Record<string, string> = {
      numFmtId: String(numFmtId),
      fontId: String(fontId),
      fillId: '0',
      borderId: '0',
      xfId: '0',
      applyNumberFormat: '1',
      ...(look.bold ? { applyFont: '1' } : {}),
    };
    const key = xfKey(attrs)!;
    let index = this.xfIndex.get(key);
    if (index === undefined) {
      index = this.xfCount++;
      this.xfIndex.set(key, index);
      this.newXfs.push(
        `<xf ${Object.entries(attrs)
          .map(([k, v]) => `${k}="${v}"`)
          .join(' ')}/>`,
      );
    }
    return index;
  }

  private bold(): number {
    if (this.boldFont !== undefined) return this.boldFont;
    const fonts = childrenNamed(childNamed(this.root, 'fonts'), 'font');
    const base = fonts[0];
    const size = base ? attr(childNamed(base, 'sz') ?? base, 'val') : undefined;
    const name = base ? attr(childNamed(base, 'name') ?? base, 'val') : undefined;
    this.newFont = `<font><b/>${size ? `<sz val="${escapeXml(size)}"/>` : ''}${name ? `<name val="${escapeXml(name)}"/>` : ''}</font>`;
    this.boldFont = this.fontCount++;
    return this.boldFont;
  }

  /** The dxfs index of a solid fill "#RRGGBB" (for conditional formats a fill's colour is its bgColor). */
  dxfFill(hex: string): number {
    const xml = `<dxf><fill><patternFill patternType="solid"><bgColor rgb="FF${hex.replace('#', '').toUpperCase()}"/></patternFill></fill></dxf>`;
    let index = this.dxfIndex.get(xml);
    if (index === undefined) {
      const existing = this.xml.indexOf(xml);
      index = existing >= 0 ? this.indexOfDxf(existing) : -1;
      if (index < 0) {
        index = this.dxfCount++;
        this.newDxfs.push(xml);
      }
      this.dxfIndex.set(xml, index);
    }
    return index;
  }

  private indexOfDxf(offset: number): number {
    const start = findStartTag(this.xml, 'dxfs');
    if (start < 0 || offset < start) return -1;
    let count = 0;
    for (let at = findStartTag(this.xml, 'dxf', start + 1); at >= 0 && at < offset; at = findStartTag(this.xml, 'dxf', at + 1)) count++;
    return count;
  }

  get changed(): boolean {
    return this.newXfs.length + this.newDxfs.length + this.newNumFmts.length > 0 || this.newFont !== undefined;
  }

  /** styles.xml with our entries appended to their lists (lists created where the file had none, in schema order). */
  result(): string {
    let xml = this.xml;
    const p = prefixOf(xml, 'styleSheet');
    const qualify = (s: string) => (p ? s.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${p}`) : s);
    xml = appendToList(xml, 'dxfs', this.newDxfs.map(qualify), this.dxfCount, ['tableStyles', 'colors', 'extLst'], p);
    xml = appendToList(
      xml,
      'cellXfs',
      this.newXfs.map(qualify),
      this.xfCount,
      ['cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
      p,
    );
    if (this.newFont)
      xml = appendToList(xml, 'fonts', [qualify(this.newFont)], this.fontCount, ['fills', 'borders', 'cellStyleXfs', 'cellXfs'], p);
    const numFmtCount = this.numFmtIds.size;
    xml = appendToList(
      xml,
      'numFmts',
      this.newNumFmts.map(qualify),
      numFmtCount,
      ['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs'],
      p,
    );
    return xml;
  }
}

function xfKey(attrs: Readonly<Record<string, string>>): string | undefined {
  // Only a plain xf (no alignment or protection children to compare) can be reused by its attributes.
  return ['numFmtId', 'fontId', 'fillId', 'borderId', 'xfId', 'applyNumberFormat', 'applyFont']
    .map((k) => `${k}=${attrs[k] ?? ''}`)
    .join(';');
}

/** Appends items to a list element (updating its count), or creates the list before the first of `before` (else before the root's end). */
function appendToList(
  xml: string,
  list: string,
  items: readonly string[],
  count: number,
  before: readonly string[],
  prefix: string,
): string {
  if (items.length === 0) return xml;
  const start = findStartTag(xml, list);
  if (start >= 0) {
    const end = tagEnd(xml, start);
    if (xml[end - 1] === '/') {
      const open = xml.slice(start, end - 1).replace(/\s+$/, '');
      return setAttribute(
        `${xml.slice(0, start)}${open}>${items.join('')}</${prefix}${list}>${xml.slice(end + 1)}`,
        start,
        'count',
        String(count),
      );
    }
    const close = findEndTag(xml, list, end);
    return setAttribute(xml.slice(0, close) + items.join('') + xml.slice(close), start, 'count', String(count));
  }
  const element = `<${prefix}${list} count="${count}">${items.join('')}</${prefix}${list}>`;
  for (const name of before) {
    const at = findStartTag(xml, name);
    if (at >= 0) return xml.slice(0, at) + element + xml.slice(at);
  }
  const end = findEndTag(xml, 'styleSheet');
  return xml.slice(0, end) + element + xml.slice(end);
}
