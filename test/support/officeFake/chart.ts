import type { ChartRecord, MemorySheet } from '../../../src/workbook/memory';
import type * as Xl from '../../../src/workbook/excel/api';
import { FakeObject, unknownProperty, type Source } from './base';
import type { FakeContext } from './context';
import { FakeOfficeError, notLoaded } from './errors';
import { parseA1 } from '../../../src/workbook/cells';

export interface ChartTarget {
  readonly sheet: MemorySheet;
  readonly index: number;
}

export class FakeChart extends FakeObject<ChartTarget> implements Xl.XlChart {
  readonly title: { text: string };
  readonly series: { getItemAt(index: number): { chartType: Excel.ChartSeries['chartType'] } };

  constructor(ctx: FakeContext, source: Source<ChartTarget>) {
    super(ctx, source);
    const update = (request: unknown, patch: (c: ChartRecord) => ChartRecord) =>
      this.change(request, ({ sheet, index }) => {
        sheet.charts[index] = patch(sheet.charts[index]!);
      });
    this.title = {
      get text(): string {
        throw notLoaded('title/text');
      },
      set text(value: string) {
        update(['chart.title.text', value], (c) => ({ ...c, title: value }));
      },
    };
    this.series = {
      getItemAt: (i: number) => ({
        get chartType(): Excel.ChartSeries['chartType'] {
          throw notLoaded('series/chartType');
        },
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

  get name(): string {
    throw notLoaded('name');
  }
  set name(value: string) {
    this.change(['chart.name', value], ({ sheet, index }) => {
      sheet.charts[index] = { ...sheet.charts[index]!, name: value };
    });
  }

  setPosition(startCell: string, endCell?: string): void {
    this.change(['chart.setPosition', startCell, endCell ?? startCell], ({ sheet, index }) => {
      if (!parseA1(startCell) || (endCell && !parseA1(endCell)))
        throw new FakeOfficeError('InvalidArgument', 'Chart positions are cell addresses.');
      sheet.charts[index] = { ...sheet.charts[index]!, position: [startCell, endCell ?? startCell] };
    });
  }
}
