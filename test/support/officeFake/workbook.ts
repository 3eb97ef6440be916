import type * as Xl from '../../../src/workbook/excel/api';
import type { FakeContext } from './context';
import { FakeObject, unknownProperty } from './base';
import { FakeOfficeError } from './errors';
import { FakeRange, FakeRangeAreas } from './range';
import { FakeSettingCollection } from './settings';
import { FakeWorksheetCollection } from './sheets';
import { FakeTableCollection } from './tables';

export class FakeApplication implements Xl.XlApplication {
  constructor(private readonly ctx: FakeContext) {}

  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue(['suspendApiCalculationUntilNextSync'], () => {
      this.ctx.record.suspendedCalculation = true;
    });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue(['suspendScreenUpdatingUntilNextSync'], () => {
      this.ctx.record.suspendedScreenUpdating = true;
    });
  }
}

export class FakeWorkbookProtection extends FakeObject<null> implements Xl.XlWorkbookProtection {
  protected readProperty(name: string): { value: unknown } {
    if (name === 'protected') return { value: this.ctx.memory.structureProtected };
    return unknownProperty(name);
  }

  get protected(): boolean {
    return this.loadedValue('protected');
  }
}

export class FakeWorkbookObject implements Xl.XlWorkbook {
  readonly protection: FakeWorkbookProtection;
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly settings: FakeSettingCollection;

  constructor(private readonly ctx: FakeContext) {
    this.protection = new FakeWorkbookProtection(ctx, { value: null });
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
