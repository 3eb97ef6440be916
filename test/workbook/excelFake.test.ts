import { FakeExcel, FakeOfficeError } from '../support/officeFake';
import { MemoryWorkbook } from '../../src/workbook/memory';

function fakeWith(
  rows: (string | number | null)[][] = [
    ['Klant', 'Omzet'],
    ['Aalders', 400],
  ],
): FakeExcel {
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

/** Test names start with the section of docs/excel-behaviour.md they check. */
describe('Office.js fake: the discipline of the real API', () => {
  it('[load-sync] throws PropertyNotLoaded for a property that was not loaded, or loaded but not yet synced', async () => {
    const fake = fakeWith();
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Klanten').getRangeByIndexes(0, 0, 2, 2);
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(range.values).toEqual([
        ['Klant', 'Omzet'],
        ['Aalders', 400],
      ]);
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('[load-sync] applies queued changes only at sync, in order, and counts each sync', async () => {
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

  it('[limits] measures request bytes as the JSON of what was queued', async () => {
    const fake = fakeWith();
    const text = 'é'.repeat(1000); // 2 bytes each in UTF-8
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Klanten').getRangeByIndexes(5, 0, 1, 1).values = [[text]];
      await ctx.sync();
    });
    expect(fake.syncLog[0]!.requestBytes).toBeGreaterThanOrEqual(2000);
    expect(fake.syncLog[0]!.requestBytes).toBeLessThan(2200);
  });

  it('[limits] refuses a request over 5 MB whole, as Excel on the web does', async () => {
    const fake = fakeWith();
    const big = Array.from({ length: 60_000 }, () => ['x'.repeat(90)]);
    const code = await codeOf(
      fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Klanten');
        ws.getRangeByIndexes(0, 5, 1, 1).values = [['first']];
        ws.getRangeByIndexes(0, 6, big.length, 1).values = big;
        await ctx.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(fake.workbook.requireSheet('Klanten').isFilled(0, 5)).toBe(false);
  });

  it('[limits] refuses to load more than 5 million cells at once', async () => {
    const fake = fakeWith();
    const code = await codeOf(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Klanten').getRangeByIndexes(0, 0, 1_000_000, 6).load('values');
        await ctx.sync();
      }),
    );
    expect(code).toBe('RangeExceedsLimit');
  });

  it('[load-sync] stops a batch at the first failing operation; earlier operations stay applied', async () => {
    const fake = fakeWith();
    const code = await codeOf(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Klanten').getRangeByIndexes(0, 3, 1, 1).values = [['voor']];
        ctx.workbook.worksheets.getItem('Bestaat niet').getRangeByIndexes(0, 0, 1, 1).values = [['x']];
        ctx.workbook.worksheets.getItem('Klanten').getRangeByIndexes(0, 4, 1, 1).values = [['na']];
        await ctx.sync();
      }),
    );
    expect(code).toBe('ItemNotFound');
    const sheet = fake.workbook.requireSheet('Klanten');
    expect([sheet.value(0, 3), sheet.value(0, 4)]).toEqual(['voor', undefined]);
  });

  it('[values] rejects values whose shape does not match the range', async () => {
    const fake = fakeWith();
    const code = await codeOf(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Klanten').getRangeByIndexes(0, 3, 2, 1).values = [['a']];
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('[values] [apostrophe] enters strings the way Excel does: formulas, numbers, booleans; an apostrophe keeps text; null leaves a cell alone', async () => {
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

  it('[load-sync] gives null objects for *OrNullObject lookups that find nothing', async () => {
    const fake = fakeWith();
    await fake.run(async (ctx) => {
      const setting = ctx.workbook.settings.getItemOrNullObject('bestaat.niet').load('value');
      const used = ctx.workbook.worksheets
        .getItem('Klanten')
        .getRangeByIndexes(10, 10, 2, 2)
        .getUsedRangeOrNullObject(true)
        .load('address');
      await ctx.sync();
      expect(setting.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
    });
  });

  it('[load-sync] syncs what is still queued when the batch ends, like Excel.run', async () => {
    const fake = fakeWith();
    await fake.run(async (ctx) => {
      ctx.workbook.settings.add('k', 'v');
    });
    expect(fake.workbook.settings.get('k')).toBe('v');
    expect(fake.syncCount).toBe(1);
  });

  it('[protection] refuses changes to a protected sheet', async () => {
    const fake = fakeWith();
    fake.workbook.requireSheet('Klanten').protected = true;
    const code = await codeOf(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Klanten').getRangeByIndexes(0, 5, 1, 1).values = [['x']];
        await ctx.sync();
      }),
    );
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

  it('[one-value-for-a-range] applies a single number format to every cell of the range', async () => {
    const fake = fakeWith();
    await fake.run(async (ctx) => {
      (ctx.workbook.worksheets.getItem('Klanten').getRangeByIndexes(0, 3, 3, 2) as unknown as { numberFormat: string }).numberFormat =
        '0.0%';
      await ctx.sync();
    });
    const sheet = fake.workbook.requireSheet('Klanten');
    for (let r = 0; r < 3; r++) for (let c = 3; c < 5; c++) expect(sheet.format(r, c)).toBe('0.0%');
    expect(sheet.format(3, 3)).toBeUndefined();
  });

  it('[table-growth] appends a named table column only with index null or -1, as documented', async () => {
    const fake = fakeWith([
      ['Klant', 'Omzet'],
      ['Aalders', 400],
    ]);
    fake.workbook.addTable('T', 'Klanten', 'A1:B2');
    const undefinedIndex = await codeOf(
      fake.run(async (ctx) => {
        ctx.workbook.tables.getItem('T').columns.add(undefined, undefined, 'Klasse');
        await ctx.sync();
      }),
    );
    expect(undefinedIndex).toBe('InvalidArgument');
    await fake.run(async (ctx) => {
      ctx.workbook.tables.getItem('T').columns.add(null, undefined, 'Klasse');
      await ctx.sync();
    });
    expect(fake.workbook.table('T')!.columnCount).toBe(3);
    expect(fake.workbook.requireSheet('Klanten').value(0, 2)).toBe('Klasse');
  });

  describe('[chart-series-inference] charts.add by columns', () => {
    async function chartOn(rows: (string | number | null)[][]) {
      const fake = fakeWith(rows);
      await fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Klanten');
        ws.charts.add('ColumnClustered', ws.getRangeByIndexes(0, 0, rows.length, rows[0]!.length), 'Columns');
        await ctx.sync();
      });
      return fake.workbook.requireSheet('Klanten').charts[0]!;
    }

    it('plots an all-numeric first column under a text header as one more series, with no category labels', async () => {
      const chart = await chartOn([
        ['% klanten', '% omzet', 'cumulatief'],
        [0.5, 0.8, 0.8],
        [1, 0.2, 1],
      ]);
      expect(chart.categories).toBeUndefined();
      expect(chart.seriesNames).toEqual(['% klanten', '% omzet', 'cumulatief']);
      expect(chart.seriesTypes).toHaveLength(3);
    });

    it('takes a text first column as category labels and the text header row as series names', async () => {
      const chart = await chartOn([
        ['% klanten', '% omzet', 'cumulatief'],
        ['50%', 0.8, 0.8],
        ['100%', 0.2, 1],
      ]);
      expect(chart.categories).toBe('A2:A3');
      expect(chart.seriesNames).toEqual(['% omzet', 'cumulatief']);
      expect(chart.seriesTypes).toHaveLength(2);
    });

    it('takes the first column as categories when the top-left cell is blank, even if it holds numbers', async () => {
      const chart = await chartOn([
        [null, 'omzet'],
        [2024, 10],
        [2025, 12],
      ]);
      expect(chart.categories).toBe('A2:A3');
      expect(chart.seriesNames).toEqual(['omzet']);
    });
  });

  describe('[conditional-formats] cell value equal to a text', () => {
    async function withRules(fake: FakeExcel, address: string) {
      await fake.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem('Klanten').getRange(address);
        for (const [text, fill] of [
          ['A', '#00FF00'],
          ['Say "hi"', '#FF0000'],
        ] as const) {
          const format = range.conditionalFormats.add('CellValue');
          format.cellValue.format.fill.color = fill;
          format.cellValue.rule = { formula1: `="${text.replace(/"/g, '""')}"`, operator: 'EqualTo' };
        }
        await ctx.sync();
      });
    }

    it('colours the cells whose text matches (without regard to case), over their own fill, and follows edits', async () => {
      const fake = fakeWith([['Klasse'], ['A'], ['a'], ['B'], ['Say "hi"']]);
      const sheet = fake.workbook.requireSheet('Klanten');
      sheet.setFill(3, 0, '#CCCCCC');
      await withRules(fake, 'A2:A5');
      expect([0, 1, 2, 3, 4].map((r) => sheet.displayFill(r, 0))).toEqual([undefined, '#00FF00', '#00FF00', '#CCCCCC', '#FF0000']);
      sheet.setValue(3, 0, 'A');
      expect(sheet.displayFill(3, 0)).toBe('#00FF00');
    });

    it('clearAll removes them; clear("All") is not relied on and leaves them', async () => {
      const fake = fakeWith([['Klasse'], ['A']]);
      const sheet = fake.workbook.requireSheet('Klanten');
      await withRules(fake, 'A2:A3');
      await fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Klanten').getRange('A1:A3').clear('All');
        await ctx.sync();
      });
      expect(sheet.conditionalFormats.all).toHaveLength(2);
      await fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Klanten').getRange('A3').conditionalFormats.clearAll();
        await ctx.sync();
      });
      expect(sheet.conditionalFormats.all.map((f) => f.area)).toEqual([
        { row: 1, column: 0, rowCount: 1, columnCount: 1 },
        { row: 1, column: 0, rowCount: 1, columnCount: 1 },
      ]);
    });

    it('[protection] are refused on a protected sheet', async () => {
      const fake = fakeWith();
      fake.workbook.requireSheet('Klanten').protected = true;
      expect(await codeOf(withRules(fake, 'A2:A3'))).toBe('AccessDenied');
    });
  });

  it('[protection] a protected workbook structure refuses adding a sheet, and says it is protected', async () => {
    const fake = fakeWith();
    fake.workbook.structureProtected = true;
    await fake.run(async (ctx) => {
      const protection = ctx.workbook.protection.load('protected');
      const sheets = ctx.workbook.worksheets.load(['items/name', 'items/protection/protected']);
      await ctx.sync();
      expect(protection.protected).toBe(true);
      expect(sheets.items.map((w) => [w.name, w.protection.protected])).toEqual([['Klanten', false]]);
    });
    expect(
      await codeOf(
        fake.run(async (ctx) => {
          ctx.workbook.worksheets.add('Rapport');
          await ctx.sync();
        }),
      ),
    ).toBe('AccessDenied');
    expect(fake.workbook.sheetNames()).toEqual(['Klanten']);
  });

  it('[screen-updating] records the suspensions per sync: they last until the next sync only', async () => {
    const fake = fakeWith();
    await fake.run(async (ctx) => {
      ctx.application.suspendScreenUpdatingUntilNextSync();
      ctx.workbook.settings.add('a', '1');
      await ctx.sync();
      ctx.workbook.settings.add('b', '2');
      await ctx.sync();
    });
    expect(fake.syncLog.map((s) => s.suspendedScreenUpdating)).toEqual([true, false]);
  });

  describe('[fault-injection]', () => {
    it('a failed request applies nothing of itself; the ones before it stay', async () => {
      const fake = fakeWith();
      fake.failAt({ sync: 2 });
      const code = await codeOf(
        fake.run(async (ctx) => {
          ctx.workbook.settings.add('a', '1');
          await ctx.sync();
          ctx.workbook.settings.add('b', '2');
          await ctx.sync();
        }),
      );
      expect(code).toBe('GeneralException');
      expect([...fake.workbook.settings.keys()]).toEqual(['a']);
    });

    it('a failed write operation stops its request; the operations before it stay applied', async () => {
      const fake = fakeWith();
      fake.failAt({ writeOperation: 2 });
      const code = await codeOf(
        fake.run(async (ctx) => {
          ctx.workbook.settings.add('a', '1');
          ctx.workbook.settings.getItemOrNullObject('x').load('value');
          ctx.workbook.settings.add('b', '2');
          ctx.workbook.settings.add('c', '3');
          await ctx.sync();
        }),
      );
      expect(code).toBe('GeneralException');
      expect([...fake.workbook.settings.keys()]).toEqual(['a']);
    });
  });
});
