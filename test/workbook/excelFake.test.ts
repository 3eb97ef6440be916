import { FakeExcel, FakeOfficeError } from '../support/officeFake';
import { MemoryWorkbook } from '../../src/workbook/memory';

function fakeWith(rows: (string | number | null)[][] = [['Klant', 'Omzet'], ['Aalders', 400]]): FakeExcel {
  const wb = new MemoryWorkbook();
  wb.loadSheet('Klanten', rows);
  wb.select('Klanten', 'A1');
  return new FakeExcel(wb);
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FakeOfficeError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('Office.js fake: the discipline of the real API', () => {
  it('throws PropertyNotLoaded for a property that was not loaded, or loaded but not yet synced', async () => {
    const fake = fakeWith();
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Klanten').getRangeByIndexes(0, 0, 2, 2);
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(range.values).toEqual([['Klant', 'Omzet'], ['Aalders', 400]]);
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('applies queued changes only at sync, in order, and counts each sync', async () => {
    const fake = fakeWith();
    const sheet = fake.workbook.requireSheet('Klanten');
    await fake.run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem('Klanten').getRangeByIndexes(1, 1, 1, 1);
      cell.values = [[500]];
      cell.values = [[600]];
      expect(sheet.value(1, 1)).toBe(400);
      await ctx.sync();
      expect(sheet.value(1, 1)).toBe(600);
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.syncLog[0]!.writes).toBe(2);
  });

  it('measures request bytes as the JSON of what was queued', async () => {
    const fake = fakeWith();
    const text = 'é'.repeat(1000); // 2 bytes each in UTF-8
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Klanten').getRangeByIndexes(5, 0, 1, 1).values = [[text]];
      await ctx.sync();
    });
    expect(fake.syncLog[0]!.requestBytes).toBeGreaterThanOrEqual(2000);
    expect(fake.syncLog[0]!.requestBytes).toBeLessThan(2200);
  });

  it('refuses a request over 5 MB whole, as Excel on the web does', async () => {
    const fake = fakeWith();
    const big = Array.from({ length: 60_000 }, () => ['x'.repeat(90)]);
    const code = await codeOf(fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Klanten');
      ws.getRangeByIndexes(0, 5, 1, 1).values = [['first']];
      ws.getRangeByIndexes(0, 6, big.length, 1).values = big;
      await ctx.sync();
    }));
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(fake.workbook.requireSheet('Klanten').isFilled(0, 5)).toBe(false);
  });

  it('refuses to load more than 5 million cells at once', async () => {
    const fake = fakeWith();
    const code = await codeOf(fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Klanten').getRangeByIndexes(0, 0, 1_000_000, 6).load('values');
      await ctx.sync();
    }));
    expect(code).toBe('RangeExceedsLimit');
  });

  it('stops a batch at the first failing operation; earlier operations stay applied', async () => {
    const fake = fakeWith();
    const code = await codeOf(fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Klanten').getRangeByIndexes(0, 3, 1, 1).values = [['voor']];
      ctx.workbook.worksheets.getItem('Bestaat niet').getRangeByIndexes(0, 0, 1, 1).values = [['x']];
      ctx.workbook.worksheets.getItem('Klanten').getRangeByIndexes(0, 4, 1, 1).values = [['na']];
      await ctx.sync();
    }));
    expect(code).toBe('ItemNotFound');
    const sheet = fake.workbook.requireSheet('Klanten');
    expect([sheet.value(0, 3), sheet.value(0, 4)]).toEqual(['voor', undefined]);
  });

  it('rejects values whose shape does not match the range', async () => {
    const fake = fakeWith();
    const code = await codeOf(fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Klanten').getRangeByIndexes(0, 3, 2, 1).values = [['a']];
      await ctx.sync();
    }));
    expect(code).toBe('InvalidArgument');
  });

  it('enters strings the way Excel does: formulas, numbers, booleans; an apostrophe keeps text; null leaves a cell alone', async () => {
    const fake = fakeWith([['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']]);
    const sheet = fake.workbook.requireSheet('Klanten');
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Klanten');
      ws.getRangeByIndexes(1, 0, 1, 8).values = [['=1+1', "'=1+1", '12', 'TRUE', '-x', '-5', null, '']];
      const text = ws.getRangeByIndexes(2, 0, 1, 2);
      text.numberFormat = [['@', '@']];
      text.values = [['12', '=A1']];
      await ctx.sync();
    });
    expect(sheet.formula(1, 0)).toBe('=1+1');
    expect(sheet.cell(1, 1)).toEqual({ value: '=1+1' });
    expect(sheet.value(1, 2)).toBe(12);
    expect(sheet.value(1, 3)).toBe(true);
    expect(sheet.formula(1, 4)).toBe('-x');
    expect(sheet.value(1, 5)).toBe(-5);
    expect(sheet.value(0, 6)).toBe('g');
    expect(sheet.value(1, 7)).toBeUndefined();
    // Text format keeps number-like text, but (pessimistically) not formula-like text.
    expect(sheet.value(2, 0)).toBe('12');
    expect(sheet.formula(2, 1)).toBe('=A1');
  });

  it('gives null objects for *OrNullObject lookups that find nothing', async () => {
    const fake = fakeWith();
    await fake.run(async (ctx) => {
      const setting = ctx.workbook.settings.getItemOrNullObject('bestaat.niet').load('value');
      const used = ctx.workbook.worksheets.getItem('Klanten').getRangeByIndexes(10, 10, 2, 2).getUsedRangeOrNullObject(true).load('address');
      await ctx.sync();
      expect(setting.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
    });
  });

  it('syncs what is still queued when the batch ends, like Excel.run', async () => {
    const fake = fakeWith();
    await fake.run(async (ctx) => {
      ctx.workbook.settings.add('k', 'v');
    });
    expect(fake.workbook.settings.get('k')).toBe('v');
    expect(fake.syncCount).toBe(1);
  });

  it('refuses changes to a protected sheet', async () => {
    const fake = fakeWith();
    fake.workbook.requireSheet('Klanten').protected = true;
    const code = await codeOf(fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Klanten').getRangeByIndexes(0, 5, 1, 1).values = [['x']];
      await ctx.sync();
    }));
    expect(code).toBe('AccessDenied');
  });

  it('reports visible cells of a filtered range as areas, and a null object when all rows are hidden', async () => {
    const fake = fakeWith([['h'], [1], [2], [3], [4], [5]]);
    const sheet = fake.workbook.requireSheet('Klanten');
    sheet.hiddenRows.add(2);
    sheet.hiddenRows.add(3);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Klanten');
      const visible = ws.getRangeByIndexes(1, 0, 5, 1).getSpecialCellsOrNullObject('Visible').load('address');
      const none = ws.getRangeByIndexes(2, 0, 2, 1).getSpecialCellsOrNullObject('Visible').load('address');
      await ctx.sync();
      expect(visible.address).toBe('Klanten!A2,Klanten!A5:A6');
      expect(none.isNullObject).toBe(true);
    });
  });
});
