import { parseAreasAddress } from '../../src/workbook/excel/addresses';
import { packRows, prepareBlock } from '../../src/workbook/excel/chunks';
import { excelLiteral, needsTextPrefix } from '../../src/workbook/excel/text';
import { utf8Length } from '../../src/workbook/excel/payload';
import type { ColumnBlock } from '../../src/workbook/port';

describe('text written through range.values', () => {
  it.each([
    ['=HYPERLINK("x")', '\'=HYPERLINK("x")'],
    ['+31 6 1234', "'+31 6 1234"],
    ['-', "'-"],
    ['@Jansen', "'@Jansen"],
    ["'quoted", "''quoted"],
  ])('prefixes formula-like text %s with an apostrophe, also in text-formatted cells', (text, written) => {
    expect(excelLiteral(text, true)).toBe(written);
    expect(excelLiteral(text, false)).toBe(written);
  });

  it.each(['12', '1.234,50', '€ 5', '50%', 'TRUE', 'waar', '1-2-2026', 'jan 2026', '#N/A', ' 7'])(
    'prefixes %s in a General cell, where Excel would turn it into a number, boolean, date or error',
    (text) => {
      expect(needsTextPrefix(text, false)).toBe(true);
      expect(needsTextPrefix(text, true)).toBe(false);
    },
  );

  it('leaves plain text, numbers and empty cells as they are', () => {
    expect(excelLiteral('Koesteren: vaste contactpersoon.', false)).toBe('Koesteren: vaste contactpersoon.');
    expect(excelLiteral(0.25, false)).toBe(0.25);
    expect(excelLiteral(null, true)).toBe('');
  });
});

describe('addresses of range areas', () => {
  it('splits areas and unquotes sheet names, commas and quotes included', () => {
    expect(parseAreasAddress("'Mijn, ''klanten'''!A2:H5,'Mijn, ''klanten'''!A8")).toEqual([
      { sheet: "Mijn, 'klanten'", row: 1, column: 0, rowCount: 4, columnCount: 8 },
      { sheet: "Mijn, 'klanten'", row: 7, column: 0, rowCount: 1, columnCount: 1 },
    ]);
    expect(parseAreasAddress('Klanten!$B$3:$C$4')).toEqual([{ sheet: 'Klanten', row: 2, column: 1, rowCount: 2, columnCount: 2 }]);
  });
});

describe('packing rows into requests', () => {
  const block = (rows: number, text: string): ColumnBlock => ({
    sheet: 'Klanten',
    row: 0,
    column: 5,
    columns: [
      { values: Array.from({ length: rows }, () => text), numberFormat: '@' },
      { values: Array.from({ length: rows }, (_, i) => i), numberFormat: '0' },
    ],
  });

  it('keeps every request under the budget, never splits a row, and covers every data row once (the header travels with the structure)', () => {
    const prepared = [prepareBlock(block(1000, 'x'.repeat(100))), prepareBlock(block(10, 'y'))];
    const budget = 20_000;
    const requests = packRows(prepared, budget, 5_000);
    const covered = new Map<unknown, number>();
    requests.forEach((slices, k) => {
      const bytes = slices.reduce(
        (sum, s) => sum + Array.from(s.prepared.rowBytes.slice(s.start, s.start + s.count)).reduce((a, b) => a + b, 0),
        0,
      );
      expect(bytes + (k === 0 ? 5_000 : 0)).toBeLessThanOrEqual(budget);
      for (const s of slices) covered.set(s.prepared, (covered.get(s.prepared) ?? 0) + s.count);
    });
    expect(covered.get(prepared[0])).toBe(999);
    expect(covered.get(prepared[1])).toBe(9);
    expect(requests[0]![0]!.start).toBe(1);
  });

  it('estimates a data row as the UTF-8 JSON of its values only (formats are set once per column)', () => {
    const [prepared] = [prepareBlock(block(2, '€'))];
    // ["€",1] plus a separator.
    expect(prepared.rowBytes[1]).toBeGreaterThanOrEqual(utf8Length('["€",1]'));
    expect(prepared.rowBytes[1]).toBeLessThan(utf8Length('["€",1]') + utf8Length('["@","0"]'));
  });

  it('still makes one request for a plan without blocks', () => {
    expect(packRows([], 1000, 10)).toEqual([[]]);
  });
});
