import { quoteSheet } from '../../../src/engine';
import { a1 } from '../../../src/workbook/cells';
import type { MemorySheet, Rect } from '../../../src/workbook/memory';
import type * as Xl from '../../../src/workbook/excel/api';
import { FakeObject, unknownProperty, type Source } from './base';
import { cellsOf, checkRect, checkShape, excelValue, grid, isWholeColumns, valueType, writable, type RangeTarget } from './cells';
import type { FakeContext } from './context';
import { FakeConditionalFormatCollection } from './conditionalFormats';
import { enterValue } from './entry';
import { FakeOfficeError, notLoaded } from './errors';
import type { FakeWorksheet } from './sheets';
import type { FakeTableScopedCollection } from './tables';

export class FakeRange extends FakeObject<RangeTarget> implements Xl.XlRange {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(ctx: FakeContext, source: Source<RangeTarget>) {
    super(ctx, source);
    this.format = new FakeRangeFormat(this);
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, () => this.resolved());
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
      case 'address':
        return { value: `${quoteSheet(sheet.name)}!${a1(rect)}` };
      case 'rowIndex':
        return { value: rect.row };
      case 'columnIndex':
        return { value: rect.column };
      case 'rowCount':
        return { value: rect.rowCount };
      case 'columnCount':
        return { value: rect.columnCount };
      case 'values':
        return { value: this.readCells(rect, (r, c) => excelValue(sheet.value(r, c))), cells: cellsOf(rect) };
      case 'numberFormat':
        return { value: this.readCells(rect, (r, c) => sheet.format(r, c) ?? 'General'), cells: cellsOf(rect) };
      case 'valueTypes':
        return { value: this.readCells(rect, (r, c) => valueType(sheet, r, c)), cells: cellsOf(rect) };
      default:
        return unknownProperty(name);
    }
  }

  private readCells<V>(rect: Rect, cell: (row: number, column: number) => V): V[][] {
    // Checked before building the grid: Excel refuses the read, it does not run out of memory first.
    if (cellsOf(rect) > this.ctx.host.limits.cellsPerRead) {
      throw new FakeOfficeError('RangeExceedsLimit', `Reading ${cellsOf(rect)} cells at once exceeds the limit.`);
    }
    return grid(rect, cell);
  }

  get address(): string {
    return this.loadedValue('address');
  }
  get rowIndex(): number {
    return this.loadedValue('rowIndex');
  }
  get columnIndex(): number {
    return this.loadedValue('columnIndex');
  }
  get rowCount(): number {
    return this.loadedValue('rowCount');
  }
  get columnCount(): number {
    return this.loadedValue('columnCount');
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.loadedValue('valueTypes');
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get values(): any[][] {
    return this.loadedValue('values');
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set values(data: any[][]) {
    this.change(['set', 'values', data], ({ sheet, rect }) => {
      const rows = checkShape(data, rect, 'values');
      writable(sheet);
      rows.forEach((line, r) => line.forEach((v, c) => enterValue(this.ctx.memory, sheet, rect.row + r, rect.column + c, v)));
    });
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get numberFormat(): any[][] {
    return this.loadedValue('numberFormat');
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set numberFormat(data: any[][]) {
    this.change(['set', 'numberFormat', data], ({ sheet, rect }) => {
      // excel-behaviour.md#one-value-for-a-range: a single value applies to every cell of the range.
      const rows = typeof data === 'string' ? grid(rect, () => data as string) : checkShape(data, rect, 'numberFormat');
      writable(sheet);
      rows.forEach((line, r) =>
        line.forEach((f, c) => {
          if (f === null || f === undefined) return;
          if (typeof f !== 'string') throw new FakeOfficeError('InvalidArgument', 'A number format must be text.');
          sheet.setFormat(rect.row + r, rect.column + c, f);
        }),
      );
    });
  }

  get worksheet(): FakeWorksheet {
    return this.ctx.worksheetProxy({ request: ['worksheet'], resolve: () => this.resolved().sheet });
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
    return this.derived(['getSurroundingRegion'], ({ sheet, rect }) =>
      this.ctx.memory.surroundingRegion(sheet.name, rect.row, rect.column),
    );
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
    return this.ctx.tablesProxy({
      request: ['getTables', fullyContained],
      resolve: () => {
        const { sheet, rect } = this.resolved();
        return this.ctx.memory.tables.filter((t) => {
          if (t.sheet !== sheet.name) return false;
          const inside =
            t.row >= rect.row &&
            t.column >= rect.column &&
            t.row + t.rowCount <= rect.row + rect.rowCount &&
            t.column + t.columnCount <= rect.column + rect.columnCount;
          const overlaps =
            t.row < rect.row + rect.rowCount &&
            rect.row < t.row + t.rowCount &&
            t.column < rect.column + rect.columnCount &&
            rect.column < t.column + t.columnCount;
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
          if (!visible && start >= 0) {
            areas.push({ row: start, column: rect.column, rowCount: r - start, columnCount: rect.columnCount });
            start = -1;
          }
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
      rows.forEach((line, r) =>
        line.forEach((p, c) => {
          const colour = p?.format?.fill?.color;
          if (colour !== undefined) sheet.setFill(rect.row + r, rect.column + c, colour);
        }),
      );
    });
  }
}

export class FakeRangeFormat implements Xl.XlRangeFormat {
  readonly fill: { clear(): void };
  readonly font: { bold: boolean };

  constructor(private readonly range: FakeRange) {
    const change = (request: unknown, apply: (t: RangeTarget) => void) =>
      range.context.enqueue(request, () => apply(range.target()), 'write');
    this.fill = {
      clear: () =>
        change(['format.fill.clear'], ({ sheet, rect }) => {
          writable(sheet);
          for (let r = rect.row; r < rect.row + rect.rowCount; r++)
            for (let c = rect.column; c < rect.column + rect.columnCount; c++) sheet.setFill(r, c, undefined);
        }),
    };
    this.font = {
      get bold(): boolean {
        throw notLoaded('format/font/bold');
      },
      set bold(value: boolean) {
        change(['format.font.bold', value], ({ sheet, rect }) => {
          writable(sheet);
          for (let r = rect.row; r < rect.row + rect.rowCount; r++)
            for (let c = rect.column; c < rect.column + rect.columnCount; c++) sheet.setBold(r, c, value);
        });
      },
    };
  }

  get columnWidth(): number {
    throw notLoaded('format/columnWidth');
  }
  set columnWidth(points: number) {
    this.range.context.enqueue(
      ['format.columnWidth', points],
      () => {
        const { sheet, rect } = this.range.target();
        for (let c = rect.column; c < rect.column + rect.columnCount; c++) writable(sheet).columnWidths.set(c, points);
      },
      'write',
    );
  }
}

interface AreasTarget {
  readonly sheet: MemorySheet;
  readonly areas: readonly Rect[];
}

export class FakeRangeAreas extends FakeObject<AreasTarget> implements Xl.XlRangeAreas {
  protected readProperty(name: string): { value: unknown } {
    const { sheet, areas } = this.resolved();
    switch (name) {
      case 'areaCount':
        return { value: areas.length };
      case 'address':
        return { value: areas.map((r) => `${quoteSheet(sheet.name)}!${a1(r)}`).join(',') };
      default:
        return unknownProperty(name);
    }
  }

  get areaCount(): number {
    return this.loadedValue('areaCount');
  }
  get address(): string {
    return this.loadedValue('address');
  }

  get areas(): Xl.XlRangeCollection {
    return {
      getItemAt: (index: number) =>
        new FakeRange(this.ctx, {
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
