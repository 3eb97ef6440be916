import { quoteSheet } from '../../../engine';
import { a1, MAX_COLUMNS, MAX_ROWS, parseA1 } from '../../cells';
import type { ChartRecord, MemorySheet, MemoryTable, Rect, Scalar } from '../../memory';
import type * as Xl from '../api';
import type { FakeContext } from './context';
import { enterValue } from './entry';
import { FakeOfficeError, notLoaded } from './errors';

/** How a proxy finds its object when its creation is replayed at sync time (null: a null object). */
type Source<T> = { readonly request: unknown; readonly resolve: () => T | null; readonly writes?: boolean } | { readonly value: T };

function propertyNames(names?: string | string[]): string[] {
  const list = (Array.isArray(names) ? names : (names ?? '').split(',')).map((s) => s.trim()).filter(Boolean);
  // Office.js would load every scalar property; the adapter always names what it reads, so the fake insists.
  if (list.length === 0) throw new FakeOfficeError('InvalidArgument', 'load() without property names is not modelled by the fake.');
  return list;
}

/**
 * A client object proxy: its creation is an operation queued on the context (so it sees the workbook
 * as it is at that point of the batch), and its properties are readable only once loaded and synced.
 */
abstract class FakeObject<T> {
  private object: T | undefined;
  private nullObject = false;
  private readonly loaded = new Map<string, unknown>();

  constructor(protected readonly ctx: FakeContext, source: Source<T>) {
    if ('value' in source) this.object = source.value;
    else {
      ctx.enqueue(source.request, () => {
        const t = source.resolve();
        if (t === null) this.nullObject = true;
        else this.object = t;
      }, source.writes ? 'write' : 'read');
    }
  }

  /** The object behind the proxy, during sync. */
  protected resolved(): T {
    if (this.nullObject) throw new FakeOfficeError('InvalidOperation', 'This is a null object; check isNullObject before using it.');
    if (this.object === undefined) throw new FakeOfficeError('InvalidObjectPath', 'The object was not created (an earlier operation failed).');
    return this.object;
  }

  protected get isNull(): boolean {
    return this.nullObject;
  }

  /** For collection items that arrive already loaded. */
  markLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected loadedValue<V>(name: string): V {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as V;
  }

  get isNullObject(): boolean {
    return this.loadedValue<boolean>('isNullObject');
  }

  /** Reads one property at sync time; `cells` is how many cells the read covers (for the 5M-cell limit). */
  protected abstract readProperty(name: string): { value: unknown; cells?: number };

  load(names?: string | string[]): this {
    const list = propertyNames(names);
    this.ctx.enqueue(['load', list], () => {
      const data: Record<string, unknown> = { isNullObject: this.nullObject };
      let cells = 0;
      for (const name of list) {
        if (this.nullObject) { data[name] = null; continue; }
        const read = this.readProperty(name);
        data[name] = read.value;
        cells = Math.max(cells, read.cells ?? 0);
      }
      this.ctx.respond(data, cells, () => { for (const [k, v] of Object.entries(data)) this.loaded.set(k, v); });
    });
    return this;
  }

  /** Queues a change (a property set or a method call) applied at sync time. */
  protected change(request: unknown, apply: (target: T) => void): void {
    this.ctx.enqueue(request, () => apply(this.resolved()), 'write');
  }
}

function unknownProperty(name: string): never {
  throw new FakeOfficeError('InvalidArgument', `The fake does not model property "${name}".`);
}

interface RangeTarget { readonly sheet: MemorySheet; readonly rect: Rect }

const cellsOf = (rect: Rect) => rect.rowCount * rect.columnCount;
const isWholeColumns = (rect: Rect) => rect.row === 0 && rect.rowCount === MAX_ROWS;

function checkRect(rect: Rect): Rect {
  if (rect.row < 0 || rect.column < 0 || rect.rowCount < 1 || rect.columnCount < 1
    || rect.row + rect.rowCount > MAX_ROWS || rect.column + rect.columnCount > MAX_COLUMNS) {
    throw new FakeOfficeError('InvalidArgument', `The range ${JSON.stringify(rect)} is outside the sheet.`);
  }
  return rect;
}

function writable(sheet: MemorySheet): MemorySheet {
  if (sheet.protected) throw new FakeOfficeError('AccessDenied', `Sheet "${sheet.name}" is protected.`);
  return sheet;
}

function excelValue(v: Scalar | undefined): string | number | boolean {
  if (v === undefined) return '';
  return typeof v === 'object' ? v.error : v;
}

function valueType(sheet: MemorySheet, row: number, column: number): Excel.RangeValueType {
  const v = sheet.value(row, column);
  if (v === undefined || v === '') return sheet.formula(row, column) !== undefined ? 'String' as Excel.RangeValueType : 'Empty' as Excel.RangeValueType;
  if (typeof v === 'number') return 'Double' as Excel.RangeValueType;
  if (typeof v === 'boolean') return 'Boolean' as Excel.RangeValueType;
  if (typeof v === 'object') return 'Error' as Excel.RangeValueType;
  return 'String' as Excel.RangeValueType;
}

function grid<V>(rect: Rect, cell: (row: number, column: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = 0; r < rect.rowCount; r++) {
    const line: V[] = new Array(rect.columnCount);
    for (let c = 0; c < rect.columnCount; c++) line[c] = cell(rect.row + r, rect.column + c);
    out.push(line);
  }
  return out;
}

function checkShape(data: unknown, rect: Rect, what: string): unknown[][] {
  if (!Array.isArray(data) || data.length !== rect.rowCount || data.some((row) => !Array.isArray(row) || row.length !== rect.columnCount)) {
    throw new FakeOfficeError('InvalidArgument', `The ${what} array does not match the size of the range (${rect.rowCount}×${rect.columnCount}).`);
  }
  return data as unknown[][];
}

export class FakeRange extends FakeObject<RangeTarget> implements Xl.XlRange {
  readonly format: FakeRangeFormat;

  constructor(ctx: FakeContext, source: Source<RangeTarget>) {
    super(ctx, source);
    this.format = new FakeRangeFormat(this);
  }

  /** For the format proxies and chart sources: the range at sync time. */
  target(): RangeTarget {
    return this.resolved();
  }

  get context(): FakeContext {
    return this.ctx;
  }

  protected readProperty(name: string): { value: unknown; cells?: number } {
    const { sheet, rect } = this.resolved();
    switch (name) {
      case 'address': return { value: `${quoteSheet(sheet.name)}!${a1(rect)}` };
      case 'rowIndex': return { value: rect.row };
      case 'columnIndex': return { value: rect.column };
      case 'rowCount': return { value: rect.rowCount };
      case 'columnCount': return { value: rect.columnCount };
      case 'values': return { value: this.readCells(rect, (r, c) => excelValue(sheet.value(r, c))), cells: cellsOf(rect) };
      case 'numberFormat': return { value: this.readCells(rect, (r, c) => sheet.format(r, c) ?? 'General'), cells: cellsOf(rect) };
      case 'valueTypes': return { value: this.readCells(rect, (r, c) => valueType(sheet, r, c)), cells: cellsOf(rect) };
      default: return unknownProperty(name);
    }
  }

  private readCells<V>(rect: Rect, cell: (row: number, column: number) => V): V[][] {
    // Checked before building the grid: Excel refuses the read, it does not run out of memory first.
    if (cellsOf(rect) > this.ctx.host.limits.cellsPerRead) {
      throw new FakeOfficeError('RangeExceedsLimit', `Reading ${cellsOf(rect)} cells at once exceeds the limit.`);
    }
    return grid(rect, cell);
  }

  get address(): string { return this.loadedValue('address'); }
  get rowIndex(): number { return this.loadedValue('rowIndex'); }
  get columnIndex(): number { return this.loadedValue('columnIndex'); }
  get rowCount(): number { return this.loadedValue('rowCount'); }
  get columnCount(): number { return this.loadedValue('columnCount'); }
  get valueTypes(): Excel.RangeValueType[][] { return this.loadedValue('valueTypes'); }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get values(): any[][] { return this.loadedValue('values'); }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set values(data: any[][]) {
    this.change(['set', 'values', data], ({ sheet, rect }) => {
      const rows = checkShape(data, rect, 'values');
      writable(sheet);
      rows.forEach((line, r) => line.forEach((v, c) => enterValue(this.ctx.memory, sheet, rect.row + r, rect.column + c, v)));
    });
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get numberFormat(): any[][] { return this.loadedValue('numberFormat'); }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set numberFormat(data: any[][]) {
    this.change(['set', 'numberFormat', data], ({ sheet, rect }) => {
      const rows = checkShape(data, rect, 'numberFormat');
      writable(sheet);
      rows.forEach((line, r) => line.forEach((f, c) => {
        if (f === null || f === undefined) return;
        if (typeof f !== 'string') throw new FakeOfficeError('InvalidArgument', 'A number format must be text.');
        sheet.setFormat(rect.row + r, rect.column + c, f);
      }));
    });
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, { request: ['worksheet'], resolve: () => this.resolved().sheet });
  }

  private derived(request: unknown, rect: (t: RangeTarget) => Rect | null): FakeRange {
    return new FakeRange(this.ctx, {
      request,
      resolve: () => {
        const t = this.resolved();
        const r = rect(t);
        return r === null ? null : { sheet: t.sheet, rect: checkRect(r) };
      },
    });
  }

  getSurroundingRegion(): FakeRange {
    return this.derived(['getSurroundingRegion'], ({ sheet, rect }) => this.ctx.memory.surroundingRegion(sheet.name, rect.row, rect.column));
  }

  getRow(row: number): FakeRange {
    return this.derived(['getRow', row], ({ rect }) => {
      if (row < 0 || row >= rect.rowCount) throw new FakeOfficeError('InvalidArgument', `Row ${row} is outside the range.`);
      return { ...rect, row: rect.row + row, rowCount: 1 };
    });
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return this.derived(['getUsedRangeOrNullObject', _valuesOnly ?? false], ({ sheet, rect }) => {
      const used = sheet.usedRange();
      if (!used) return null;
      const row = Math.max(rect.row, used.row);
      const column = Math.max(rect.column, used.column);
      const rowEnd = Math.min(rect.row + rect.rowCount, used.row + used.rowCount);
      const columnEnd = Math.min(rect.column + rect.columnCount, used.column + used.columnCount);
      return rowEnd > row && columnEnd > column ? { row, column, rowCount: rowEnd - row, columnCount: columnEnd - column } : null;
    });
  }

  getTables(fullyContained = false): FakeTableScopedCollection {
    return new FakeTableScopedCollection(this.ctx, {
      request: ['getTables', fullyContained],
      resolve: () => {
        const { sheet, rect } = this.resolved();
        return this.ctx.memory.tables.filter((t) => {
          if (t.sheet !== sheet.name) return false;
          const inside = t.row >= rect.row && t.column >= rect.column && t.row + t.rowCount <= rect.row + rect.rowCount
            && t.column + t.columnCount <= rect.column + rect.columnCount;
          const overlaps = t.row < rect.row + rect.rowCount && rect.row < t.row + t.rowCount
            && t.column < rect.column + rect.columnCount && rect.column < t.column + t.columnCount;
          return fullyContained ? inside : overlaps;
        });
      },
    });
  }

  getSpecialCellsOrNullObject(cellType: 'Visible'): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, {
      request: ['getSpecialCellsOrNullObject', cellType],
      resolve: () => {
        if (cellType !== 'Visible') throw new FakeOfficeError('InvalidArgument', 'Only visible cells are modelled.');
        const { sheet, rect } = this.resolved();
        const areas: Rect[] = [];
        let start = -1;
        for (let r = rect.row; r <= rect.row + rect.rowCount; r++) {
          const visible = r < rect.row + rect.rowCount && !sheet.hiddenRows.has(r);
          if (visible && start < 0) start = r;
          if (!visible && start >= 0) { areas.push({ row: start, column: rect.column, rowCount: r - start, columnCount: rect.columnCount }); start = -1; }
        }
        return areas.length === 0 ? null : { sheet, areas };
      },
    });
  }

  insert(shift: 'Right'): FakeRange {
    this.change(['insert', shift], ({ sheet, rect }) => {
      if (shift !== 'Right' || !isWholeColumns(rect)) throw new FakeOfficeError('NotImplemented', 'The fake inserts whole columns only.');
      this.ctx.memory.insertColumns(writable(sheet).name, rect.column, rect.columnCount);
    });
    return this.derived(['insertedRange'], ({ rect }) => rect);
  }

  delete(shift: 'Left'): void {
    this.change(['delete', shift], ({ sheet, rect }) => {
      if (shift !== 'Left' || !isWholeColumns(rect)) throw new FakeOfficeError('NotImplemented', 'The fake deletes whole columns only.');
      this.ctx.memory.deleteColumns(writable(sheet).name, rect.column, rect.columnCount);
    });
  }

  clear(applyTo: 'All' = 'All'): void {
    this.change(['clear', applyTo], ({ sheet, rect }) => writable(sheet).clear(rect.row, rect.column, rect.rowCount, rect.columnCount));
  }

  setCellProperties(cellPropertiesData: Xl.XlCellProperties[][]): void {
    this.change(['setCellProperties', cellPropertiesData], ({ sheet, rect }) => {
      const rows = checkShape(cellPropertiesData, rect, 'cell properties') as Xl.XlCellProperties[][];
      writable(sheet);
      rows.forEach((line, r) => line.forEach((p, c) => {
        const colour = p?.format?.fill?.color;
        if (colour !== undefined) sheet.setFill(rect.row + r, rect.column + c, colour);
      }));
    });
  }
}

export class FakeRangeFormat implements Xl.XlRangeFormat {
  readonly fill: { clear(): void };
  readonly font: { bold: boolean };

  constructor(private readonly range: FakeRange) {
    const change = (request: unknown, apply: (t: RangeTarget) => void) => range.context.enqueue(request, () => apply(range.target()), 'write');
    this.fill = {
      clear: () => change(['format.fill.clear'], ({ sheet, rect }) => {
        writable(sheet);
        for (let r = rect.row; r < rect.row + rect.rowCount; r++) for (let c = rect.column; c < rect.column + rect.columnCount; c++) sheet.setFill(r, c, undefined);
      }),
    };
    this.font = {
      get bold(): boolean { throw notLoaded('format/font/bold'); },
      set bold(value: boolean) {
        change(['format.font.bold', value], ({ sheet, rect }) => {
          writable(sheet);
          for (let r = rect.row; r < rect.row + rect.rowCount; r++) for (let c = rect.column; c < rect.column + rect.columnCount; c++) sheet.setBold(r, c, value);
        });
      },
    };
  }

  get columnWidth(): number { throw notLoaded('format/columnWidth'); }
  set columnWidth(points: number) {
    this.range.context.enqueue(['format.columnWidth', points], () => {
      const { sheet, rect } = this.range.target();
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) writable(sheet).columnWidths.set(c, points);
    }, 'write');
  }
}

interface AreasTarget { readonly sheet: MemorySheet; readonly areas: readonly Rect[] }

export class FakeRangeAreas extends FakeObject<AreasTarget> implements Xl.XlRangeAreas {
  protected readProperty(name: string): { value: unknown } {
    const { sheet, areas } = this.resolved();
    switch (name) {
      case 'areaCount': return { value: areas.length };
      case 'address': return { value: areas.map((r) => `${quoteSheet(sheet.name)}!${a1(r)}`).join(',') };
      default: return unknownProperty(name);
    }
  }

  get areaCount(): number { return this.loadedValue('areaCount'); }
  get address(): string { return this.loadedValue('address'); }

  get areas(): Xl.XlRangeCollection {
    return {
      getItemAt: (index: number) => new FakeRange(this.ctx, {
        request: ['areas.getItemAt', index],
        resolve: () => {
          const { sheet, areas } = this.resolved();
          const rect = areas[index];
          if (!rect) throw new FakeOfficeError('ItemNotFound', `There is no area ${index}.`);
          return { sheet, rect };
        },
      }),
    };
  }
}

export class FakeWorksheet extends FakeObject<MemorySheet> implements Xl.XlWorksheet {
  protected readProperty(name: string): { value: unknown } {
    if (name === 'name') return { value: this.resolved().name };
    return unknownProperty(name);
  }

  get name(): string { return this.loadedValue('name'); }

  get protection(): FakeWorksheetProtection {
    return new FakeWorksheetProtection(this.ctx, { request: ['protection'], resolve: () => this.resolved() });
  }

  get charts(): Xl.XlChartCollection {
    return {
      add: (type, sourceData, seriesBy) => new FakeChart(this.ctx, {
        request: ['charts.add', type, seriesBy ?? 'Auto'],
        writes: true,
        resolve: () => {
          if (!(sourceData instanceof FakeRange) || sourceData.context !== this.ctx) {
            throw new FakeOfficeError('InvalidArgument', 'The chart source must be a range of this request context.');
          }
          const sheet = writable(this.resolved());
          const { rect } = sourceData.target();
          const chart: ChartRecord = {
            name: `Chart ${sheet.charts.length + 1}`, type, title: '', source: a1(rect), seriesBy: seriesBy ?? 'Auto',
            seriesTypes: Array.from({ length: Math.max(1, rect.columnCount - 1) }, () => type), position: ['A1', 'A1'],
          };
          sheet.charts.push(chart);
          return { sheet, index: sheet.charts.length - 1 };
        },
      }),
    };
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, {
      request: ['getRange', address ?? ''],
      resolve: () => {
        const rect = address ? parseA1(address) : undefined;
        if (!rect) throw new FakeOfficeError('InvalidArgument', `"${address}" is not an address the fake understands.`);
        return { sheet: this.resolved(), rect: checkRect(rect) };
      },
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.ctx, {
      request: ['getRangeByIndexes', startRow, startColumn, rowCount, columnCount],
      resolve: () => ({ sheet: this.resolved(), rect: checkRect({ row: startRow, column: startColumn, rowCount, columnCount }) }),
    });
  }

  delete(): void {
    this.change(['delete'], (sheet) => {
      if (this.ctx.memory.sheetNames().length <= 1) throw new FakeOfficeError('InvalidOperation', 'A workbook must keep at least one sheet.');
      this.ctx.memory.deleteSheet(sheet.name);
    });
  }
}

export class FakeWorksheetProtection extends FakeObject<MemorySheet> implements Xl.XlWorksheetProtection {
  protected readProperty(name: string): { value: unknown } {
    if (name === 'protected') return { value: this.resolved().protected };
    return unknownProperty(name);
  }

  get protected(): boolean { return this.loadedValue('protected'); }
}

export class FakeWorksheetCollection extends FakeObject<null> implements Xl.XlWorksheetCollection {
  private loadedItems: FakeWorksheet[] | undefined;

  protected readProperty(name: string): { value: unknown } {
    if (name === 'items/name') return { value: this.ctx.memory.sheetNames() };
    return unknownProperty(name);
  }

  override load(names?: string | string[]): this {
    const list = propertyNames(names);
    this.ctx.enqueue(['load', list], () => {
      const data = list.map((n) => this.readProperty(n).value);
      this.ctx.respond(data, 0, () => {
        this.loadedItems = this.ctx.memory.sheetNames().map((name) => {
          const w = new FakeWorksheet(this.ctx, { value: this.ctx.memory.requireSheet(name) });
          w.markLoaded('name', name);
          return w;
        });
      });
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, {
      request: ['worksheets.getItem', key],
      resolve: () => {
        const sheet = this.ctx.memory.sheet(key);
        if (!sheet) throw new FakeOfficeError('ItemNotFound', `There is no sheet "${key}".`);
        return sheet;
      },
    });
  }

  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, {
      request: ['worksheets.add', name ?? ''],
      writes: true,
      resolve: () => {
        const wanted = name ?? `Sheet${this.ctx.memory.sheetNames().length + 1}`;
        if (this.ctx.memory.sheet(wanted)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${wanted}" already exists.`);
        return this.ctx.memory.addSheet(wanted);
      },
    });
  }
}

export class FakeTable extends FakeObject<MemoryTable> implements Xl.XlTable {
  protected readProperty(name: string): { value: unknown } {
    const t = this.resolved();
    switch (name) {
      case 'name': return { value: t.name };
      case 'showHeaders': return { value: t.showHeaders };
      case 'showTotals': return { value: t.showTotals };
      default: return unknownProperty(name);
    }
  }

  get name(): string { return this.loadedValue('name'); }
  get showHeaders(): boolean { return this.loadedValue('showHeaders'); }
  set showHeaders(_v: boolean) { throw new FakeOfficeError('NotImplemented', 'The adapter never changes a table\'s header row.'); }
  get showTotals(): boolean { return this.loadedValue('showTotals'); }
  set showTotals(_v: boolean) { throw new FakeOfficeError('NotImplemented', 'The adapter never changes a table\'s totals row.'); }

  getRange(): FakeRange {
    return new FakeRange(this.ctx, {
      request: ['table.getRange'],
      resolve: () => {
        const t = this.resolved();
        return { sheet: this.ctx.memory.requireSheet(t.sheet), rect: { row: t.row, column: t.column, rowCount: t.rowCount, columnCount: t.columnCount } };
      },
    });
  }

  get columns(): Xl.XlTableColumnCollection {
    return {
      add: (index?: number, values?: undefined, name?: string) => {
        this.change(['table.columns.add', index ?? null, values ?? null, name ?? null], (t) => {
          if (index !== undefined && index !== -1) throw new FakeOfficeError('NotImplemented', 'The fake appends table columns only.');
          if (values !== undefined) throw new FakeOfficeError('NotImplemented', 'The fake adds empty table columns only.');
          writable(this.ctx.memory.requireSheet(t.sheet));
          this.ctx.memory.addTableColumn(t.name, name ?? `Column${t.columnCount + 1}`);
        });
        return { delete: () => { throw new FakeOfficeError('NotImplemented', 'Delete a table column through columns.getItem().'); } };
      },
      getItem: (key: string) => ({
        delete: () => this.change(['table.columns.getItem', key, 'delete'], (t) => {
          writable(this.ctx.memory.requireSheet(t.sheet));
          this.ctx.memory.deleteTableColumn(t.name, key);
        }),
      }),
    };
  }
}

export class FakeTableScopedCollection extends FakeObject<MemoryTable[]> implements Xl.XlTableScopedCollection {
  private loadedItems: FakeTable[] | undefined;

  protected readProperty(name: string): { value: unknown } {
    return unknownProperty(name);
  }

  override load(names?: string | string[]): this {
    const list = propertyNames(names).map((n) => {
      if (!n.startsWith('items/')) return unknownProperty(n);
      return n.slice('items/'.length);
    });
    this.ctx.enqueue(['load', list], () => {
      const tables = this.resolved();
      const data = tables.map((t) => Object.fromEntries(list.map((n) => [n, (t as unknown as Record<string, unknown>)[n]])));
      this.ctx.respond(data, 0, () => {
        this.loadedItems = tables.map((t, i) => {
          const table = new FakeTable(this.ctx, { value: t });
          for (const [k, v] of Object.entries(data[i]!)) table.markLoaded(k, v);
          return table;
        });
      });
    });
    return this;
  }

  get items(): FakeTable[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems;
  }
}

export class FakeTableCollection implements Xl.XlTableCollection {
  constructor(private readonly ctx: FakeContext) {}

  getItem(key: string): FakeTable {
    return new FakeTable(this.ctx, {
      request: ['tables.getItem', key],
      resolve: () => {
        const t = this.ctx.memory.table(key);
        if (!t) throw new FakeOfficeError('ItemNotFound', `There is no table "${key}".`);
        return t;
      },
    });
  }
}

export class FakeSetting extends FakeObject<string> implements Xl.XlSetting {
  protected readProperty(name: string): { value: unknown } {
    if (name === 'value') return { value: this.ctx.memory.settings.get(this.resolved()) };
    return unknownProperty(name);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get value(): any { return this.loadedValue('value'); }

  delete(): void {
    this.change(['setting.delete'], (key) => { this.ctx.memory.settings.delete(key); });
  }
}

export class FakeSettingCollection implements Xl.XlSettingCollection {
  constructor(private readonly ctx: FakeContext) {}

  add(key: string, value: string): FakeSetting {
    return new FakeSetting(this.ctx, {
      request: ['settings.add', key, value],
      writes: true,
      resolve: () => {
        if (typeof value !== 'string') throw new FakeOfficeError('InvalidArgument', 'The fake stores text settings only.');
        this.ctx.memory.settings.set(key, value);
        return key;
      },
    });
  }

  getItem(key: string): FakeSetting {
    return new FakeSetting(this.ctx, {
      request: ['settings.getItem', key],
      resolve: () => {
        if (!this.ctx.memory.settings.has(key)) throw new FakeOfficeError('ItemNotFound', `There is no setting "${key}".`);
        return key;
      },
    });
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, { request: ['settings.getItemOrNullObject', key], resolve: () => (this.ctx.memory.settings.has(key) ? key : null) });
  }
}

interface ChartTarget { readonly sheet: MemorySheet; readonly index: number }

export class FakeChart extends FakeObject<ChartTarget> implements Xl.XlChart {
  readonly title: { text: string };
  readonly series: { getItemAt(index: number): { chartType: Excel.ChartSeries['chartType'] } };

  constructor(ctx: FakeContext, source: Source<ChartTarget>) {
    super(ctx, source);
    const update = (request: unknown, patch: (c: ChartRecord) => ChartRecord) =>
      this.change(request, ({ sheet, index }) => { sheet.charts[index] = patch(sheet.charts[index]!); });
    this.title = {
      get text(): string { throw notLoaded('title/text'); },
      set text(value: string) { update(['chart.title.text', value], (c) => ({ ...c, title: value })); },
    };
    this.series = {
      getItemAt: (i: number) => ({
        get chartType(): Excel.ChartSeries['chartType'] { throw notLoaded('series/chartType'); },
        set chartType(value: Excel.ChartSeries['chartType']) {
          update(['chart.series.chartType', i, value], (c) => {
            if (i < 0 || i >= c.seriesTypes.length) throw new FakeOfficeError('ItemNotFound', `The chart has no series ${i}.`);
            return { ...c, seriesTypes: c.seriesTypes.map((t, k) => (k === i ? String(value) : t)) };
          });
        },
      }),
    };
  }

  protected readProperty(name: string): { value: unknown } {
    return unknownProperty(name);
  }

  get name(): string { throw notLoaded('name'); }
  set name(value: string) {
    this.change(['chart.name', value], ({ sheet, index }) => { sheet.charts[index] = { ...sheet.charts[index]!, name: value }; });
  }

  setPosition(startCell: string, endCell?: string): void {
    this.change(['chart.setPosition', startCell, endCell ?? startCell], ({ sheet, index }) => {
      if (!parseA1(startCell) || (endCell && !parseA1(endCell))) throw new FakeOfficeError('InvalidArgument', 'Chart positions are cell addresses.');
      sheet.charts[index] = { ...sheet.charts[index]!, position: [startCell, endCell ?? startCell] };
    });
  }
}

export class FakeApplication implements Xl.XlApplication {
  constructor(private readonly ctx: FakeContext) {}

  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue(['suspendApiCalculationUntilNextSync'], () => { this.ctx.record.suspendedCalculation = true; });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue(['suspendScreenUpdatingUntilNextSync'], () => { this.ctx.record.suspendedScreenUpdating = true; });
  }
}

export class FakeWorkbookObject implements Xl.XlWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly settings: FakeSettingCollection;

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx, { value: null });
    this.tables = new FakeTableCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
  }

  private selection() {
    const s = this.ctx.memory.selection;
    if (!s || s.areas.length === 0) throw new FakeOfficeError('InvalidSelection', 'The current selection is invalid for this operation.');
    return { sheet: this.ctx.memory.requireSheet(s.sheet), areas: s.areas };
  }

  getSelectedRanges(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, { request: ['getSelectedRanges'], resolve: () => this.selection() });
  }

  getActiveCell(): FakeRange {
    return new FakeRange(this.ctx, {
      request: ['getActiveCell'],
      resolve: () => {
        const { sheet, areas } = this.selection();
        return { sheet, rect: { row: areas[0]!.row, column: areas[0]!.column, rowCount: 1, columnCount: 1 } };
      },
    });
  }
}
