import { a1, parseA1 } from '../../../src/workbook/cells';
import { inferColumnSeries, type ChartRecord, type MemorySheet } from '../../../src/workbook/memory';
import type * as Xl from '../../../src/workbook/excel/api';
import { FakeObject, propertyNames, unknownProperty } from './base';
import { checkRect, writable } from './cells';
import { FakeChart } from './chart';
import type { FakeContext } from './context';
import { FakeOfficeError, notLoaded } from './errors';
import { FakeRange } from './range';

export class FakeWorksheet extends FakeObject<MemorySheet> implements Xl.XlWorksheet {
  protected readProperty(name: string): { value: unknown } {
    if (name === 'name') return { value: this.resolved().name };
    return unknownProperty(name);
  }

  get name(): string {
    return this.loadedValue('name');
  }

  private protectionProxy: FakeWorksheetProtection | undefined;

  get protection(): FakeWorksheetProtection {
    this.protectionProxy ??= new FakeWorksheetProtection(this.ctx, { request: ['protection'], resolve: () => this.resolved() });
    return this.protectionProxy;
  }

  /** For collection items: the protection object arrives loaded with them (no request of its own). */
  withLoadedProtection(sheet: MemorySheet): this {
    this.protectionProxy = new FakeWorksheetProtection(this.ctx, { value: sheet });
    this.protectionProxy.markLoaded('protected', sheet.protected);
    return this;
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, {
      request: ['worksheet.getUsedRangeOrNullObject', _valuesOnly ?? false],
      resolve: () => {
        const sheet = this.resolved();
        const used = sheet.usedRange();
        return used ? { sheet, rect: used } : null;
      },
    });
  }

  get charts(): Xl.XlChartCollection {
    return {
      add: (type, sourceData, seriesBy) =>
        new FakeChart(this.ctx, {
          request: ['charts.add', type, seriesBy ?? 'Auto'],
          writes: true,
          resolve: () => {
            if (!(sourceData instanceof FakeRange) || sourceData.context !== this.ctx) {
              throw new FakeOfficeError('InvalidArgument', 'The chart source must be a range of this request context.');
            }
            const sheet = writable(this.resolved());
            const { rect } = sourceData.target();
            // excel-behaviour.md#chart-series-inference: "Auto" is "Columns" in Excel on the web; the fake models only that.
            if (seriesBy !== undefined && seriesBy !== 'Columns' && seriesBy !== 'Auto')
              throw new FakeOfficeError('NotImplemented', 'The fake models series by columns only.');
            const layout = inferColumnSeries(sheet, rect);
            const chart: ChartRecord = {
              name: `Chart ${sheet.charts.length + 1}`,
              type,
              title: '',
              source: a1(rect),
              seriesBy: seriesBy ?? 'Auto',
              ...(layout.categories ? { categories: layout.categories } : {}),
              seriesNames: layout.series.map((s) => s.name),
              seriesTypes: layout.series.map(() => type),
              position: ['A1', 'A1'],
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
      structureUnprotected(this.ctx);
      if (this.ctx.memory.sheetNames().length <= 1)
        throw new FakeOfficeError('InvalidOperation', 'A workbook must keep at least one sheet.');
      this.ctx.memory.deleteSheet(sheet.name);
    });
  }
}

export class FakeWorksheetProtection extends FakeObject<MemorySheet> implements Xl.XlWorksheetProtection {
  protected readProperty(name: string): { value: unknown } {
    if (name === 'protected') return { value: this.resolved().protected };
    return unknownProperty(name);
  }

  get protected(): boolean {
    return this.loadedValue('protected');
  }
}

export class FakeWorksheetCollection extends FakeObject<null> implements Xl.XlWorksheetCollection {
  private loadedItems: FakeWorksheet[] | undefined;

  protected readProperty(name: string): { value: unknown } {
    if (name === 'items/name') return { value: this.ctx.memory.sheetNames() };
    if (name === 'items/protection/protected')
      return { value: this.ctx.memory.sheetNames().map((n) => this.ctx.memory.requireSheet(n).protected) };
    return unknownProperty(name);
  }

  override load(names?: string | string[]): this {
    const list = propertyNames(names);
    this.ctx.enqueue(['load', list], () => {
      const data = list.map((n) => this.readProperty(n).value);
      this.ctx.respond(data, 0, () => {
        this.loadedItems = this.ctx.memory.sheetNames().map((name) => {
          const sheet = this.ctx.memory.requireSheet(name);
          const w = new FakeWorksheet(this.ctx, { value: sheet });
          if (list.includes('items/name')) w.markLoaded('name', name);
          // A navigation path ("items/protection/protected") loads the related object too.
          if (list.includes('items/protection/protected')) w.withLoadedProtection(sheet);
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
        structureUnprotected(this.ctx);
        const wanted = name ?? `Sheet${this.ctx.memory.sheetNames().length + 1}`;
        if (this.ctx.memory.sheet(wanted)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${wanted}" already exists.`);
        return this.ctx.memory.addSheet(wanted);
      },
    });
  }
}

/** excel-behaviour.md#protection: a protected workbook structure refuses adding and deleting sheets. */
function structureUnprotected(ctx: FakeContext): void {
  if (ctx.memory.structureProtected) throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected.');
}
