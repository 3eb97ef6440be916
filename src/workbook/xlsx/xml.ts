import { SaxesParser } from 'saxes';

/** Escapes text for element content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'));
}

/** Escapes element text (quotes may stay as they are there). */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;'));
}

/**
 * Cell text as ST_Xstring (ECMA-376 Part 1, 22.9.2.19): characters XML 1.0 cannot carry become
 * `_xHHHH_`, and a literal `_xHHHH_` in the text gets its underscore escaped so it reads back as typed.
 */
export function escapeCellText(text: string): string {
  const safe = text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
    (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
  return escapeXml(safe);
}

/** Reverses the `_xHHHH_` escapes of ST_Xstring. */
export function unescapeCellText(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Resolves the predefined entities and character references of raw XML text. */
export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

/** The local part of a possibly prefixed name ("x:row" → "row"). */
export const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** A parsed element of a small part (workbook, relationships, a table): names without prefixes. */
export interface XmlElement {
  readonly name: string;
  /** The name as written, with its prefix. */
  readonly qname: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

/** Parses a small part with saxes into a tree (attribute names keep their prefix, e.g. "r:id"). */
export function parseXml(source: string): XmlElement {
  const parser = new SaxesParser({ position: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: localName(tag.name),
      qname: tag.name,
      attributes: tag.attributes as Record<string, string>,
      children: [],
      text: '',
    };
    if (stack.length > 0) stack[stack.length - 1]!.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    if (stack.length > 0) stack[stack.length - 1]!.text += text;
  });
  parser.on('cdata', (text) => {
    if (stack.length > 0) stack[stack.length - 1]!.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(source).close();
  if (!root) throw new Error('empty XML part');
  return root;
}

export const childrenNamed = (element: XmlElement | undefined, name: string): XmlElement[] =>
  element?.children.filter((c) => c.name === name) ?? [];
export const childNamed = (element: XmlElement | undefined, name: string): XmlElement | undefined =>
  element?.children.find((c) => c.name === name);

/** An attribute by local name, whatever its prefix ("r:id" and "id" are different; pass the one you mean). */
export function attr(element: XmlElement, name: string): string | undefined {
  return element.attributes[name];
}

/** The value of a relationship id attribute (r:id), whatever prefix the file bound to the relationships namespace. */
export function relId(element: XmlElement): string | undefined {
  for (const [k, v] of Object.entries(element.attributes)) if (k.endsWith(':id')) return v;
  return undefined;
}

/**
 * Finds the end of the start tag that begins at `from` (the `<`): quotes are skipped, since an
 * attribute value may hold `>`.
 */
export function tagEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from + 1; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i;
  }
  return -1;
}

/** Sets (or adds) an attribute in the start tag found at `[start, end]` of `text`; returns the new text. */
export function setAttribute(text: string, start: number, name: string, value: string): string {
  const end = tagEnd(text, start);
  const tag = text.slice(start, end + 1);
  const pattern = new RegExp(`(\\s${name.replace(/[:]/g, '\\:')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const replaced = pattern.test(tag)
    ? tag.replace(pattern, (_, lead: string) => `${lead}"${escapeXml(value)}"`)
    : tag.replace(/(\s*\/?>)$/, ` ${name}="${escapeXml(value)}"$1`);
  return text.slice(0, start) + replaced + text.slice(end + 1);
}

/** Start of the first start tag `<name` or `<prefix:name` (local name match) at or after `from`, or -1. */
export function findStartTag(text: string, name: string, from = 0): number {
  const pattern = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${name}(?=[\\s/>])`, 'g');
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m ? m.index : -1;
}

/** Start of the end tag `</name>` (any prefix) at or after `from`, or -1. */
export function findEndTag(text: string, name: string, from = 0): number {
  const pattern = new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${name}\\s*>`, 'g');
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m ? m.index : -1;
}

/** The prefix (with colon) the element `name` is written with in `text`, e.g. "x:" or "". */
export function prefixOf(text: string, name: string): string {
  const at = findStartTag(text, name);
  if (at < 0) return '';
  const m = /^<([A-Za-z_][\w.-]*:)?/.exec(text.slice(at, at + 64));
  return m?.[1] ?? '';
}
