import type { ColourRule } from '../../../src/workbook/port';
import type * as Xl from '../../../src/workbook/excel/api';
import { writable, type RangeTarget } from './cells';
import type { FakeContext } from './context';
import { FakeOfficeError, notLoaded } from './errors';

/** Reads a text constant formula ="A" ("" inside is one quote); anything else is not modelled. */
function textOfFormula(formula: string): string {
  const m = /^="((?:[^"]|"")*)"$/.exec(formula);
  if (!m) throw new FakeOfficeError('NotImplemented', `The fake models "cell value equal to" a text constant only, not ${formula}.`);
  return m[1]!.replace(/""/g, '"');
}

/**
 * One "cell value" conditional format (excel-behaviour.md#conditional-formats): created empty by
 * add(), it takes effect once it has a fill colour and an EqualTo rule.
 */
class FakeCellValueFormat implements Xl.XlConditionalFormat {
  readonly cellValue: Xl.XlConditionalFormat['cellValue'];

  constructor(ctx: FakeContext, target: () => RangeTarget) {
    let fill: string | undefined;
    let text: string | undefined;
    const entry: { rules: readonly ColourRule[] } = { rules: [] };
    const update = () => {
      if (fill === undefined || text === undefined) return;
      const { sheet, rect } = target();
      entry.rules = sheet.conditionalFormats.replaceRules(rect, entry.rules, [{ text, fill }]);
    };
    let ruleValue: Xl.XlConditionalFormat['cellValue']['rule'] | undefined;
    this.cellValue = {
      format: {
        fill: {
          get color(): string {
            throw notLoaded('cellValue/format/fill/color');
          },
          set color(value: string) {
            ctx.enqueue(
              ['conditionalFormat.fill.color', value],
              () => {
                if (!/^#[0-9a-f]{6}$/i.test(value))
                  throw new FakeOfficeError('InvalidArgument', `"${value}" is not a colour the fake understands.`);
                fill = value;
                update();
              },
              'write',
            );
          },
        },
      },
      get rule() {
        if (!ruleValue) throw notLoaded('cellValue/rule');
        return ruleValue;
      },
      set rule(value) {
        ruleValue = value;
        ctx.enqueue(
          ['conditionalFormat.rule', value],
          () => {
            if (value.operator !== 'EqualTo')
              throw new FakeOfficeError('NotImplemented', `The fake models the EqualTo operator only, not ${value.operator}.`);
            text = textOfFormula(value.formula1);
            update();
          },
          'write',
        );
      },
    };
  }
}

export class FakeConditionalFormatCollection implements Xl.XlConditionalFormatCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly target: () => RangeTarget,
  ) {}

  add(type: 'CellValue'): FakeCellValueFormat {
    this.ctx.enqueue(
      ['conditionalFormats.add', type],
      () => {
        if (type !== 'CellValue') throw new FakeOfficeError('NotImplemented', 'The fake models "cell value" conditional formats only.');
        writable(this.target().sheet);
      },
      'write',
    );
    return new FakeCellValueFormat(this.ctx, this.target);
  }

  clearAll(): void {
    this.ctx.enqueue(
      ['conditionalFormats.clearAll'],
      () => {
        const { sheet, rect } = this.target();
        writable(sheet).conditionalFormats.clear(rect);
      },
      'write',
    );
  }
}
