import type { MemoryTable } from '../../../src/workbook/memory';
import type * as Xl from '../../../src/workbook/excel/api';
import { FakeObject, propertyNames, unknownProperty } from './base';
import { writable } from './cells';
import type { FakeContext } from './context';
import { FakeOfficeError, notLoaded } from './errors';
import { FakeRange } from './range';

export class FakeTable extends FakeObject<MemoryTable> implements Xl.XlTable {
  protected readProperty(name: string): { value: unknown } {
    const t = this.resolved();
    switch (name) {
      case 'name':
        return { value: t.name };
      case 'showHeaders':
        return { value: t.showHeaders };
      case 'showTotals':
        return { value: t.showTotals };
      default:
        return unknownProperty(name);
    }
  }

  get name(): string {
    return this.loadedValue('name');
  }
  get showHeaders(): boolean {
    return this.loadedValue('showHeaders');
  }
  set showHeaders(_v: boolean) {
    throw new FakeOfficeError('NotImplemented', "The adapter never changes a table's header row.");
  }
  get showTotals(): boolean {
    return this.loadedValue('showTotals');
  }
  set showTotals(_v: boolean) {
    throw new FakeOfficeError('NotImplemented', "The adapter never changes a table's totals row.");
  }

  getRange(): FakeRange {
    return new FakeRange(this.ctx, {
      request: ['table.getRange'],
      resolve: () => {
        const t = this.resolved();
        return {
          sheet: this.ctx.memory.requireSheet(t.sheet),
          rect: { row: t.row, column: t.column, rowCount: t.rowCount, columnCount: t.columnCount },
        };
      },
    });
  }

  get columns(): Xl.XlTableColumnCollection {
    return {
      add: (index?: number | null, values?: undefined, name?: string) => {
        this.change(['table.columns.add', index ?? null, values ?? null, name ?? null], (t) => {
          // excel-behaviour.md#table-columns: "If null or -1, the addition happens at the end"; undefined is not documented.
          if (index !== null && index !== -1)
            throw new FakeOfficeError('InvalidArgument', 'Append a table column with index null or -1 (ExcelApi 1.4).');
          if (values !== undefined) throw new FakeOfficeError('NotImplemented', 'The fake adds empty table columns only.');
          writable(this.ctx.memory.requireSheet(t.sheet));
          this.ctx.memory.addTableColumn(t.name, name ?? `Column${t.columnCount + 1}`);
        });
        return {
          delete: () => {
            throw new FakeOfficeError('NotImplemented', 'Delete a table column through columns.getItem().');
          },
        };
      },
      getItem: (key: string) => ({
        delete: () =>
          this.change(['table.columns.getItem', key, 'delete'], (t) => {
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
