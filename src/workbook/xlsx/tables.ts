import { parseA1 } from '../cells';
import { a1 } from '../cells';
import type { Rect } from './sheetScan';
import { attr, childNamed, childrenNamed, escapeXml, findEndTag, findStartTag, parseXml, prefixOf, setAttribute, tagEnd } from './xml';

/** An Excel Table (ECMA-376 Part 1, 18.5.1.2) as far as we read and change it. */
export interface TablePart {
  readonly part: string;
  readonly name: string;
  /** Header, data and totals rows. */
  readonly ref: Rect;
  /** headerRowCount: 1 unless the file says 0 (its default is 1, so Excel usually leaves it out). */
  readonly headerRows: number;
  /** totalsRowCount: 0 unless the file says otherwise. */
  readonly totalsRows: number;
  readonly columns: readonly { readonly id: number; readonly name: string }[];
}

export function readTable(part: string, xml: string): TablePart {
  const root = parseXml(xml);
  const ref = parseA1(attr(root, 'ref') ?? '');
  if (!ref) throw new Error(`table ${part} has no valid ref`);
  return {
    part,
    name: attr(root, 'displayName') ?? attr(root, 'name') ?? '',
    ref,
    headerRows: Number(attr(root, 'headerRowCount') ?? 1),
    totalsRows: Number(attr(root, 'totalsRowCount') ?? 0),
    columns: childrenNamed(childNamed(root, 'tableColumns'), 'tableColumn').map((c) => ({
      id: Number(attr(c, 'id')),
      name: attr(c, 'name') ?? '',
    })),
  };
}

/** Header names in a table must be unique (Excel repairs a file where they are not); like Excel, a duplicate gets a number. */
export function uniqueColumnName(taken: readonly string[], wanted: string): string {
  const set = new Set(taken.map((t) => t.toLowerCase()));
  if (!set.has(wanted.toLowerCase())) return wanted;
  for (let k = 2; ; k++) if (!set.has(`${wanted}${k}`.toLowerCase())) return `${wanted}${k}`;
}

/**
 * The table part with columns appended at its right end: `ref`, the autoFilter's ref and the
 * column list change; every other attribute and element (styles, calculated columns, extLst) stays.
 */
export function addTableColumns(xml: string, table: TablePart, names: readonly string[]): string {
  const ref = { ...table.ref, columnCount: table.ref.columnCount + names.length };
  return resizeTable(xml, table, ref, (list, p) => {
    let next = Math.max(0, ...table.columns.map((c) => c.id)) + 1;
    return list + names.map((n) => `<${p}tableColumn id="${next++}" name="${escapeXml(n)}"/>`).join('');
  });
}

/** The table part without the columns named (our own, at its right end). */
export function removeTableColumns(xml: string, table: TablePart, names: readonly string[]): string {
  const drop = new Set(names.map((n) => n.toLowerCase()));
  const ref = { ...table.ref, columnCount: table.ref.columnCount - table.columns.filter((c) => drop.has(c.name.toLowerCase())).length };
  return resizeTable(xml, table, ref, (list) =>
    list.replace(/<(?:\w+:)?tableColumn\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?tableColumn>)/g, (element) => {
      const name = /\bname="([^"]*)"/.exec(element)?.[1] ?? '';
      return drop.has(unescape(name).toLowerCase()) ? '' : element;
    }),
  );
}

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function resizeTable(xml: string, table: TablePart, ref: Rect, editList: (list: string, prefix: string) => string): string {
  const p = prefixOf(xml, 'table');
  const root = findStartTag(xml, 'table');
  let out = setAttribute(xml, root, 'ref', a1(ref));
  const filter = findStartTag(out, 'autoFilter');
  if (filter >= 0) out = setAttribute(out, filter, 'ref', a1({ ...ref, rowCount: ref.rowCount - table.totalsRows }));
  const listStart = findStartTag(out, 'tableColumns');
  const listOpenEnd = tagEnd(out, listStart) + 1;
  const listClose = findEndTag(out, 'tableColumns', listOpenEnd);
  const list = editList(out.slice(listOpenEnd, listClose), p);
  out = out.slice(0, listOpenEnd) + list + out.slice(listClose);
  return setAttribute(out, listStart, 'count', String(ref.columnCount));
}
