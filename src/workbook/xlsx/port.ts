import type { CellValue } from '../../engine';
import { a1, type CellRange } from '../cells';
import { columnHeader, columnRows } from '../columns';
import type {
  ColumnBlock,
  LocateOptions,
  Progress,
  ReportSpec,
  SettingsState,
  TableContent,
  TableLocation,
  TableReadRequest,
  WorkbookPort,
  WorkbookState,
  WritePlan,
} from '../port';
import { looksLikeOwnReport } from '../report';
import { SETTINGS_KEYS } from '../results';
import { KlantwaardeError } from '../session';
import { cellXml } from './cellXml';
import { CONTENT_TYPE, REL, relsPath, resolveTarget, type SheetEntry } from './opc';
import type { XlsxPackage } from './package';
import { chartXml, drawingXml, reportSheetXml } from './report';
import { isSettingsA1, readSettingsSheet, SETTINGS_SHEET, settingsSheetXml } from './settings';
import { conditionalInsertionPoint, patchedSheet, rowLayout, type CellSource, type Splice } from './sheetPatch';
import { FORMULA_NO_VALUE, parseSqref, type Rect } from './sheetScan';
import { SheetView } from './sheetView';
import { StylesPatch } from './styles';
import { addTableColumns, readTable, removeTableColumns, uniqueColumnName, type TablePart } from './tables';
import { escapeText } from './xml';
import { wholePart, type Compression, type ZipSink } from './zip';

/** Rows between progress reports while reading a large table. */
const PROGRESS_ROWS = 5_000;

const within = (inner: Rect, outer: Rect) =>
  inner.row >= outer.row &&
  inner.column >= outer.column &&
  inner.row + inner.rowCount <= outer.row + outer.rowCount &&
  inner.column + inner.columnCount <= outer.column + outer.columnCount;

/** Our cells of one block, turned into XML row by row while the sheet is written. */
interface BlockCells {
  readonly block: ColumnBlock;
  readonly styles: readonly number[];
  /** Header cells that must carry a table column's name. */
  readonly headerNames: ReadonlyMap<number, string>;
  readonly prefix: string;
}

/** One sheet's pending changes, applied to its bytes once per write. */
interface SheetChanges {
  readonly blocks: BlockCells[];
  readonly clears: Rect[];
  readonly dropConditional: Rect[];
  readonly addConditional: string[];
  readonly touched: Rect[];
}

/**
 * The WorkbookPort over an .xlsx package, for the command line and the preview's download. The
 * "selection" is fixed: the client table of one sheet (its first Excel Table, else the region at
 * A1). It writes by patching: our cells are spliced into the client sheet's XML, our formats are
 * appended to styles.xml, the table part gets our columns, and our own sheets are added; every
 * other part, and every cell element already there, is copied byte for byte.
 */
export class XlsxPort implements WorkbookPort {
  private stylesPatch?: StylesPatch;

  constructor(
    readonly pkg: XlsxPackage,
    readonly sheetName: string,
  ) {}

  private entry(name: string): SheetEntry & { part: string } {
    const key = name.toLowerCase();
    const sheet = this.pkg.sheets().find((s) => s.name.toLowerCase() === key);
    if (!sheet?.part) throw new Error(`ItemNotFound: there is no worksheet "${name}".`);
    return sheet as SheetEntry & { part: string };
  }

  private view(name: string): SheetView {
    const sheet = this.entry(name);
    return new SheetView(sheet.name, this.pkg.scan(sheet.part), this.pkg.styles());
  }

  /** The sheet holding our settings (A1 carries the marker), if any. */
  private settingsEntry(): (SheetEntry & { part: string }) | undefined {
    for (const s of this.pkg.sheets()) {
      if (!s.part || s.state === 'visible') continue;
      if (isSettingsA1(this.pkg.peek(s.part).rows[0]?.values[0])) return s as SheetEntry & { part: string };
    }
    return undefined;
  }

  async locateTable(_options?: LocateOptions): Promise<WorkbookState> {
    return { location: locateOnSheet(this.pkg, this.sheetName), ...(await this.readSettings()) };
  }

  async readSettings(): Promise<SettingsState> {
    const found = this.settingsEntry();
    const all = found
      ? readSettingsSheet(new SheetView(found.name, this.pkg.scan(found.part), this.pkg.styles()))
      : new Map<string, string>();
    const settings: Record<string, string | undefined> = {};
    for (const key of Object.values(SETTINGS_KEYS)) settings[key] = all.get(key);
    return { sheetNames: this.pkg.sheets().map((s) => s.name), settings };
  }

  async readTable(request: TableReadRequest, onProgress?: Progress): Promise<TableContent> {
    const { range } = request;
    const view = this.view(range.sheet);
    const dataRows = range.rowCount - 1;
    const readRows = Math.min(dataRows, request.sampleRows ?? dataRows);
    const header = view.values({ ...range, rowCount: 1 })[0]!;
    const rows: CellValue[][] = new Array(readRows);
    const numberFormats: string[][] = new Array(readRows);
    const hiddenRows: number[] = [];
    // Without merges a cell's value is what was scanned (see SheetView.value), so a table starting in column A can share the scan's rows.
    const shareable = range.column === 0 && view.scan.merges.length === 0;
    for (let r = 0; r < dataRows; r++) {
      const row = range.row + 1 + r;
      if (view.hidden(row)) hiddenRows.push(r);
      if (r >= readRows) continue;
      let formats: string[] = new Array(range.columnCount);
      for (let c = 0; c < range.columnCount; c++) formats[c] = view.format(row, range.column + c);
      // A row that holds exactly the table's cells is handed out as scanned, not copied: a million rows, one set of arrays.
      const scanned = shareable ? view.scan.rows[row]?.values : undefined;
      let values: CellValue[];
      if (scanned && scanned.length === range.columnCount && plainValues(scanned)) values = scanned;
      else {
        values = new Array(range.columnCount);
        for (let c = 0; c < range.columnCount; c++) values[c] = view.value(row, range.column + c);
      }
      // Rows formatted alike share one array: a million rows, one list of formats.
      const previous = numberFormats[r - 1];
      if (previous && previous.every((f, c) => f === formats[c])) formats = previous;
      rows[r] = values;
      numberFormats[r] = formats;
      if (onProgress && r % PROGRESS_ROWS === PROGRESS_ROWS - 1) onProgress(r / dataRows);
    }
    let beside: TableContent['beside'];
    if (request.beside) {
      const b = request.beside;
      const besideView = b.sheet.toLowerCase() === range.sheet.toLowerCase() ? view : this.view(b.sheet);
      beside = {
        header: besideView.values({ ...b, rowCount: 1 })[0]!,
        filled: Array.from({ length: b.rowCount }, (_, r) =>
          Array.from({ length: b.columnCount }, (__, c) => besideView.filled(b.row + r, b.column + c)),
        ),
      };
    }
    onProgress?.(1);
    return { header, rows, numberFormats, hiddenRows, ...(beside ? { beside } : {}) };
  }

  async readCells(ranges: readonly CellRange[]): Promise<CellValue[][][]> {
    return ranges.map((r) => this.view(r.sheet).values(r));
  }

  private styles(): StylesPatch {
    const part = this.pkg.stylesPart();
    if (!part || !this.pkg.has(part)) throw new Error('NotSupported: the workbook has no styles part.');
    this.stylesPatch ??= new StylesPatch(this.pkg.text(part));
    return this.stylesPatch;
  }

  async write(plan: WritePlan, onProgress?: Progress): Promise<void> {
    if (plan.insertColumns || plan.deleteColumns?.length) {
      // Moving the user's cells would mean rewriting every formula, name, table and format that refers to them.
      throw new Error(
        'NotSupported: inserting or deleting sheet columns is not possible in an .xlsx file here; clear the cells beside the table instead.',
      );
    }
    for (const block of plan.blocks ?? []) this.refuseBlocked(block);
    const changes = new Map<string, SheetChanges>();
    const changesOf = (sheet: string) => {
      const part = this.entry(sheet).part;
      let c = changes.get(part);
      if (!c) {
        c = { blocks: [], clears: [], dropConditional: [], addConditional: [], touched: [] };
        changes.set(part, c);
      }
      return c;
    };
    // Our sheets (the report, the contact plan) that replace a sheet of an earlier run keep that sheet's place.
    const ours = [...(plan.report ? [plan.report] : []), ...(plan.sheets ?? [])];
    const replaced = (report: ReportSpec) => (plan.deleteSheets ?? []).find((s) => s.toLowerCase() === report.sheet.toLowerCase());
    const kept = new Set(ours.map(replaced).filter((s): s is string => s !== undefined));
    for (const name of plan.deleteSheets ?? []) if (!kept.has(name)) this.pkg.removeSheet(name);
    if (plan.addTableColumns) this.addTableColumns(plan.addTableColumns.tableName, plan.addTableColumns.headers);
    const blocks = plan.blocks ?? [];
    blocks.forEach((block, k) => {
      this.writeBlock(block, changesOf(block.sheet));
      onProgress?.((0.8 * (k + 1)) / blocks.length);
    });
    for (const r of plan.clear ?? []) this.clear(r, changesOf(r.sheet));
    for (const d of plan.deleteTableColumns ?? []) this.deleteTableColumns(d.tableName, d.headers, changesOf);
    for (const [part, c] of changes) this.applySheetChanges(part, c);
    for (const report of ours) this.writeReport(report, replaced(report));
    if (plan.settings) this.writeSettings(plan.settings);
    if (this.stylesPatch?.changed) this.pkg.put(this.pkg.stylesPart()!, this.stylesPatch.result());
    this.stylesPatch = undefined;
    onProgress?.(1);
  }

  /** Never over a merged area or a cell with the user's data validation: the whole write is refused, naming the cells. */
  private refuseBlocked(block: ColumnBlock): void {
    const rows = blockRows(block);
    const rect = { row: block.row, column: block.column, rowCount: rows, columnCount: block.columns.length };
    const blocked = this.view(block.sheet).blocked(rect);
    if (blocked.length === 0) return;
    const shown = blocked
      .slice(0, 5)
      .map((c) => a1({ row: c.row, column: c.column, rowCount: 1, columnCount: 1 }))
      .join(', ');
    throw new KlantwaardeError({
      code: 'xlsx.blockedCells',
      params: { sheet: block.sheet, cells: blocked.length > 5 ? `${shown} (+${blocked.length - 5})` : shown, range: a1(rect) },
    });
  }

  private findTable(name: string): { sheet: SheetEntry & { part: string }; table: TablePart } {
    const key = name.toLowerCase();
    for (const s of this.pkg.sheets()) {
      if (!s.part) continue;
      const table = this.pkg.tables(s.part).find((t) => t.name.toLowerCase() === key);
      if (table) return { sheet: s as SheetEntry & { part: string }, table };
    }
    throw new Error(`ItemNotFound: there is no table "${name}".`);
  }

  private addTableColumns(tableName: string, headers: readonly string[]): void {
    const { table } = this.findTable(tableName);
    const names: string[] = [];
    for (const h of headers) names.push(uniqueColumnName([...table.columns.map((c) => c.name), ...names], h));
    this.pkg.put(table.part, addTableColumns(this.pkg.text(table.part), table, names));
  }

  private deleteTableColumns(tableName: string, headers: readonly string[], changesOf: (sheet: string) => SheetChanges): void {
    const { sheet, table } = this.findTable(tableName);
    const drop = new Set(headers.map((h) => h.toLowerCase()));
    const indexes = table.columns.map((c, i) => (drop.has(c.name.toLowerCase()) ? i : -1)).filter((i) => i >= 0);
    if (indexes.length === 0) return;
    const first = Math.min(...indexes);
    // Ours are the last columns of the table; a column of the user's after them would have to move, which we do not do.
    if (indexes.length !== table.columns.length - first)
      throw new Error(`NotSupported: table "${tableName}" has columns after ours; remove them in Excel.`);
    this.pkg.put(
      table.part,
      removeTableColumns(
        this.pkg.text(table.part),
        table,
        table.columns.slice(first).map((c) => c.name),
      ),
    );
    this.clear(
      {
        sheet: sheet.name,
        row: table.ref.row,
        column: table.ref.column + first,
        rowCount: table.ref.rowCount,
        columnCount: indexes.length,
      },
      changesOf(sheet.name),
    );
  }

  private writeBlock(block: ColumnBlock, changes: SheetChanges): void {
    const styles = this.styles();
    const prefix = this.pkg.scan(this.entry(block.sheet).part).prefix;
    const tables = this.pkg.tables(this.entry(block.sheet).part);
    const rowCount = blockRows(block);
    const styleOf = block.columns.map((col) => styles.xf({ format: col.numberFormat }));
    const headerNames = new Map<number, string>();
    for (let c = 0; c < block.columns.length; c++) {
      const name = this.tableHeaderName(tables, block.row, block.column + c);
      if (name !== undefined && typeof columnHeader(block.columns[c]!) === 'string') headerNames.set(block.column + c, name);
    }
    changes.blocks.push({ block, styles: styleOf, headerNames, prefix });
    const rect = { row: block.row, column: block.column, rowCount, columnCount: block.columns.length };
    changes.touched.push(rect);
    // Our old colour rules on these columns go; this run's come.
    changes.dropConditional.push({ ...rect, row: 0, rowCount: 1_048_576 });
    block.columns.forEach((col, c) => {
      if (!col.colourRules?.length || rowCount < 2) return;
      const sqref = a1({ row: block.row + 1, column: block.column + c, rowCount: rowCount - 1, columnCount: 1 });
      const rules = col.colourRules.map((rule) => ({ dxf: styles.dxfFill(rule.fill), formula: `"${rule.text.replace(/"/g, '""')}"` }));
      changes.addConditional.push(
        `<${prefix}conditionalFormatting sqref="${sqref}">${rules.map((rule, k) => `<${prefix}cfRule type="cellIs" dxfId="${rule.dxf}" priority="${k + 1}" operator="equal"><${prefix}formula>${escapeText(rule.formula)}</${prefix}formula></${prefix}cfRule>`).join('')}</${prefix}conditionalFormatting>`,
      );
    });
  }

  /** The header text a table's header cell must have: its tableColumn name (which we made unique when adding it). */
  private tableHeaderName(tables: readonly TablePart[], row: number, column: number): string | undefined {
    const parts = tables.map((t) => readTable(t.part, this.pkg.text(t.part)));
    const table = parts.find(
      (t) => t.headerRows > 0 && t.ref.row === row && column >= t.ref.column && column < t.ref.column + t.ref.columnCount,
    );
    return table?.columns[column - table.ref.column]?.name;
  }

  private clear(range: CellRange, changes: SheetChanges): void {
    changes.clears.push({ row: range.row, column: range.column, rowCount: range.rowCount, columnCount: range.columnCount });
    changes.dropConditional.push({ ...range, row: 0, rowCount: 1_048_576 });
  }

  private applySheetChanges(part: string, changes: SheetChanges): void {
    const scan = this.pkg.scan(part);
    const splices: Splice[] = [];
    for (const cf of scan.conditionalFormats) {
      const areas = parseSqref(cf.sqref);
      if (areas.length > 0 && areas.every((a) => changes.dropConditional.some((d) => within(a, d))) && looksLikeOurColours(cf.xml ?? '')) {
        splices.push({ start: cf.start, end: cf.end, text: '' });
      }
    }
    if (changes.addConditional.length > 0) {
      if (scan.worksheetEnd === undefined) throw new Error('the worksheet has no end tag');
      const at = conditionalInsertionPoint(scan, scan.worksheetEnd);
      // Priorities stay unique on the sheet: ours come after the user's rules.
      let next = scan.maxPriority + 1;
      const xml = changes.addConditional.map((x) => x.replace(/priority="\d+"/g, () => `priority="${next++}"`)).join('');
      splices.push({ start: at, end: at, text: xml });
    }
    if (scan.dimension?.xml !== undefined && changes.touched.length > 0) {
      const text = scan.dimension.xml;
      const old = /ref="([^"]*)"/.exec(text)?.[1];
      const rect = old ? parseSqref(old)[0] : undefined;
      if (rect) {
        const all = [rect, ...changes.touched];
        const r0 = Math.min(...all.map((x) => x.row));
        const c0 = Math.min(...all.map((x) => x.column));
        const r1 = Math.max(...all.map((x) => x.row + x.rowCount));
        const c1 = Math.max(...all.map((x) => x.column + x.columnCount));
        const ref = a1({ row: r0, column: c0, rowCount: r1 - r0, columnCount: c1 - c0 });
        if (ref !== old)
          splices.push({ start: scan.dimension.start, end: scan.dimension.end, text: text.replace(/ref="[^"]*"/, `ref="${ref}"`) });
      }
    }
    if (splices.length === 0 && changes.blocks.length === 0 && changes.clears.length === 0) return;
    const source = cellSource(changes);
    // Only the row offsets are kept for the write: the scan (every cell's value) is let go once put() drops it from the
    // cache. The sheet's bytes are unpacked again while the zip is written, a piece at a time, so a 1,048,576-row sheet
    // (some 200 MB) is never held whole after the scan; a part changed earlier is kept as it is now.
    const layout = rowLayout(scan);
    const changed = this.pkg.isChanged(part) ? wholePart(this.pkg.bytes(part)) : undefined;
    const pkg = this.pkg;
    this.pkg.put(part, () => patchedSheet(changed ?? pkg.original(part), layout, source, splices));
  }

  private writeReport(report: ReportSpec, replace: string | undefined): void {
    const styles = this.styles();
    let part: string;
    if (replace) {
      // The old report's drawing and chart go; the sheet keeps its place among the tabs (and sheet-scoped names their index).
      part = this.entry(replace).part;
      for (const rel of this.pkg.relationships(part)) {
        if (rel.external) continue;
        const target = resolveTarget(part, rel.target);
        if (this.pkg.has(target)) this.pkg.removeOwnedPart(target);
      }
      if (this.pkg.has(relsPath(part))) this.pkg.remove(relsPath(part));
      this.pkg.put(part, reportSheetXml(report, styles, undefined));
    } else {
      part = this.pkg.addSheet(report.sheet, reportSheetXml(report, styles, undefined), false);
    }
    if (!report.chart) return;
    const drawing = this.pkg.freePart('xl/drawings', 'drawing');
    const chart = this.pkg.freePart('xl/charts', 'chart');
    const drawingId = this.pkg.relate(part, drawing, REL.drawing);
    const chartId = this.pkg.relate(drawing, chart, REL.chart);
    this.pkg.put(drawing, drawingXml(report.chart, chartId));
    this.pkg.put(chart, chartXml(report.chart, report.sheet));
    this.pkg.addContentType(drawing, CONTENT_TYPE.drawing);
    this.pkg.addContentType(chart, CONTENT_TYPE.chart);
    this.pkg.put(part, reportSheetXml(report, styles, drawingId));
  }

  private writeSettings(changes: Readonly<Record<string, string | null>>): void {
    const found = this.settingsEntry();
    const current = found
      ? readSettingsSheet(new SheetView(found.name, this.pkg.scan(found.part), this.pkg.styles()))
      : new Map<string, string>();
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) current.delete(key);
      else current.set(key, value);
    }
    if (current.size === 0) {
      if (found) this.pkg.removeSheet(found.name);
      return;
    }
    const xml = settingsSheetXml(current);
    if (found) this.pkg.put(found.part, xml);
    else this.pkg.addSheet(freeSheetName(this.pkg.sheets().map((s) => s.name)), xml, true);
  }

  /** The patched package. */
  save(now?: Date, compression?: Compression): Uint8Array {
    return this.pkg.save(now, compression);
  }

  /** The patched package written into `sink` while it is made (the command line streams it to the file). */
  saveTo(sink: ZipSink, now?: Date, compression?: Compression): void {
    this.pkg.saveTo(sink, now, compression);
  }
}

/** Every cell is there and holds a value (no gap, no formula without its result): the row reads as scanned. */
function plainValues(values: readonly (CellValue | typeof FORMULA_NO_VALUE)[]): values is CellValue[] {
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v === undefined || v === FORMULA_NO_VALUE) return false;
  }
  return true;
}

/** Rows of a block (header included): its first column's. */
const blockRows = (block: ColumnBlock) => (block.columns[0] ? columnRows(block.columns[0]) : 0);

/** The rows and cells our blocks and clears touch, computed per row when the sheet is written. */
function cellSource(changes: SheetChanges): CellSource {
  const spans = [...changes.blocks.map((b) => ({ row: b.block.row, rowCount: blockRows(b.block) })), ...changes.clears]
    .filter((s) => s.rowCount > 0)
    .sort((a, b) => a.row - b.row);
  return {
    *rows() {
      let next = 0;
      for (const span of spans) {
        for (let r = Math.max(next, span.row); r < span.row + span.rowCount; r++) yield r;
        next = Math.max(next, span.row + span.rowCount);
      }
    },
    cells(row) {
      const out = new Map<number, string | null>();
      for (const c of changes.clears) {
        if (row < c.row || row >= c.row + c.rowCount) continue;
        for (let k = c.column; k < c.column + c.columnCount; k++) out.set(k, null);
      }
      for (const { block, styles, headerNames, prefix } of changes.blocks) {
        const r = row - block.row;
        if (r < 0 || r >= blockRows(block)) continue;
        for (let c = 0; c < block.columns.length; c++) {
          const col = block.columns[c]!;
          const column = block.column + c;
          // An on-demand column's text is made here, for this row only, and dropped once written.
          const value = r === 0 ? (headerNames.get(column) ?? columnHeader(col)) : col.valueAt ? col.valueAt(r) : (col.values[r] ?? null);
          out.set(column, cellXml(prefix, row, column, value, styles[c]));
        }
      }
      return out;
    },
  };
}

/**
 * Our class colours as we write them: only "equal to a text" rules. Another rule of the user's on
 * our columns (a data bar, a formula) is not ours and stays.
 */
function looksLikeOurColours(xml: string): boolean {
  const rules = xml.match(/<(?:\w+:)?cfRule\b[^>]*>/g) ?? [];
  const formulas = xml.match(/<(?:\w+:)?formula>([^<]*)<\/(?:\w+:)?formula>/g) ?? [];
  return (
    rules.length > 0 &&
    rules.every((r) => /type="cellIs"/.test(r) && /operator="equal"/.test(r)) &&
    formulas.length === rules.length &&
    formulas.every((f) => /<(?:\w+:)?formula>"[^<]*"<\//.test(f))
  );
}

/** A name for a new settings sheet that no user sheet has. */
function freeSheetName(names: readonly string[]): string {
  const taken = new Set(names.map((s) => s.toLowerCase()));
  for (let k = 1; ; k++) {
    const name = k === 1 ? SETTINGS_SHEET : `${SETTINGS_SHEET}${k}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Our own sheets: the settings sheet and report sheets (recognised by A1). */
function isOwnSheet(pkg: XlsxPackage, sheet: SheetEntry): boolean {
  if (!sheet.part) return true;
  const a1Value = pkg.peek(sheet.part).rows[0]?.values[0];
  return isSettingsA1(a1Value) || looksLikeOwnReport(a1Value);
}

/**
 * The sheet with the client table when none is named: the first visible sheet with an Excel Table,
 * else the first visible sheet with something in A1, else the first visible sheet; never one of ours.
 */
export function defaultClientSheet(pkg: XlsxPackage): SheetEntry | undefined {
  const candidates = pkg.sheets().filter((s) => s.state === 'visible' && s.part && !isOwnSheet(pkg, s));
  return (
    candidates.find((s) => pkg.tables(s.part!).length > 0) ??
    candidates.find((s) => {
      const v = pkg.peek(s.part!).rows[0]?.values[0];
      return v !== undefined && v !== null && v !== '';
    }) ??
    candidates[0]
  );
}

/** Sheet names compare case-insensitively, as in Excel. */
export function sheetByName(pkg: XlsxPackage, name: string): SheetEntry | undefined {
  const key = name.toLowerCase();
  return pkg.sheets().find((s) => s.name.toLowerCase() === key);
}

/**
 * The client table of a sheet: its first Excel Table (without a totals row), else the region
 * around A1. A sheet whose A1 is empty and has no table has no client table we can find.
 */
function locateOnSheet(pkg: XlsxPackage, sheetName: string): TableLocation {
  const sheet = sheetByName(pkg, sheetName);
  if (!sheet?.part) throw new Error(`ItemNotFound: there is no worksheet "${sheetName}".`);
  const view = new SheetView(sheet.name, pkg.scan(sheet.part), pkg.styles());
  const sheetProtected = view.scan.protected;
  const table = pkg.tables(sheet.part)[0];
  let range: CellRange;
  if (table) {
    const whole = { sheet: sheet.name, ...table.ref };
    if (table.headerRows === 0) {
      return {
        ok: false,
        error: { code: 'workbook.tableNoHeaders', params: { table: table.name, address: a1(whole), sheet: sheet.name } },
      };
    }
    range = { ...whole, rowCount: whole.rowCount - table.totalsRows };
  } else {
    if (!view.filled(0, 0)) return { ok: false, error: { code: 'xlsx.noTable', params: { sheet: sheet.name } } };
    // A title in A1 above the real table is common: the region is returned as it is, and the shared
    // header-row detection (tableEdges) looks below it, as it does in the pane.
    range = { sheet: sheet.name, ...view.region(0, 0) };
  }
  const header = view.values({ ...range, rowCount: 1 })[0]!;
  return { ok: true, table: { range, ...(table ? { tableName: table.name } : {}), header, sheetProtected } };
}
