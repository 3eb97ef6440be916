import { MemoryWorkbook, dateSerial } from '../../src/workbook/memory';

describe('memory workbook', () => {
  describe('surrounding region (Excel CurrentRegion)', () => {
    it('grows over touching cells, diagonals included, and stops at an empty ring', () => {
      const wb = new MemoryWorkbook();
      wb.loadSheet(
        'S',
        [
          ['a', 'b'],
          ['c', null],
        ],
        'B2',
      );
      wb.loadSheet('S', [['diag']], 'D4'); // touches C3 only diagonally
      wb.loadSheet('S', [['far']], 'G2'); // separated by empty columns E and F
      expect(wb.surroundingRegion('S', 1, 1)).toEqual({ row: 1, column: 1, rowCount: 3, columnCount: 3 });
    });

    it('is the cell itself when nothing touches it', () => {
      const wb = new MemoryWorkbook();
      wb.loadSheet('S', [['x']], 'C3');
      expect(wb.surroundingRegion('S', 9, 9)).toEqual({ row: 9, column: 9, rowCount: 1, columnCount: 1 });
    });

    it('finds the region of a tall table', () => {
      const wb = new MemoryWorkbook();
      wb.loadSheet(
        'S',
        Array.from({ length: 50_000 }, (_, i) => [i, i * 2, 'x']),
      );
      expect(wb.surroundingRegion('S', 25_000, 1)).toEqual({ row: 0, column: 0, rowCount: 50_000, columnCount: 3 });
    });
  });

  describe('columns and Excel Tables', () => {
    it('moves tables right of inserted columns and grows a table they cut through', () => {
      const wb = new MemoryWorkbook();
      wb.loadSheet('S', [['a', 'b', 'c']]);
      const left = wb.addTable('Links', 'S', 'A1:C1');
      wb.loadSheet('S', [['d']], 'F1');
      const right = wb.addTable('Rechts', 'S', 'F1:F1');
      wb.insertColumns('S', 2, 2);
      expect([left.column, left.columnCount, right.column]).toEqual([0, 5, 7]);
      expect(wb.readSheet('S', 'A1:H1')[0]).toEqual(['a', 'b', null, null, 'c', null, null, 'd']);
      wb.deleteColumns('S', 2, 2);
      expect([left.column, left.columnCount, right.column]).toEqual([0, 3, 5]);
    });

    it('adds a table column into empty cells and refuses to cover a filled one', () => {
      const wb = new MemoryWorkbook();
      wb.loadSheet('S', [
        ['Klant', 'Klasse'],
        ['x', 'A'],
      ]);
      wb.addTable('T', 'S', 'A1:B2');
      wb.addTableColumn('T', 'Klasse');
      expect(wb.readSheet('S', 'C1')[0]![0]).toBe('Klasse2');
      wb.loadSheet('S', [['bezet']], 'D2');
      expect(() => wb.addTableColumn('T', 'Nog een')).toThrow(/not empty/);
    });

    it('deletes a table column by header, leaving cells outside the table in place', () => {
      const wb = new MemoryWorkbook();
      wb.loadSheet('S', [
        ['a', 'b', 'c', null, 'buiten'],
        [1, 2, 3, null, 'ook'],
      ]);
      const t = wb.addTable('T', 'S', 'A1:C2');
      wb.deleteTableColumn('T', 'b');
      expect(t.columnCount).toBe(2);
      expect(wb.readSheet('S', 'A1:E2')).toEqual([
        ['a', 'c', null, null, 'buiten'],
        [1, 3, null, null, 'ook'],
      ]);
    });

    it('keeps Excel Table headers unique', () => {
      const wb = new MemoryWorkbook();
      wb.loadSheet('S', [['Omzet', 'Klasse', 'Klasse2']]);
      const t = wb.addTable('T', 'S', 'A1:C1');
      expect(wb.uniqueTableHeader(t, 'klasse')).toBe('klasse3');
      expect(wb.uniqueTableHeader(t, 'Omzet', 0)).toBe('Omzet');
    });
  });

  it('loads dates as Excel serial numbers with a date format, and reads a sheet back as a 2-D array', () => {
    const wb = new MemoryWorkbook();
    wb.loadSheet('S', [
      ['Datum', new Date(2026, 0, 1)],
      [{ error: '#N/A' }, ''],
    ]);
    expect(dateSerial(new Date(2026, 0, 1))).toBe(46023);
    expect(wb.requireSheet('S').format(0, 1)).toBe('dd-mm-yyyy');
    expect(wb.readSheet('S')).toEqual([
      ['Datum', 46023],
      [{ error: '#N/A' }, null],
    ]);
  });

  it('compares sheet names case-insensitively and refuses names Excel refuses', () => {
    const wb = new MemoryWorkbook();
    wb.addSheet('Klanten');
    expect(wb.sheet('KLANTEN')?.name).toBe('Klanten');
    expect(() => wb.addSheet('klanten')).toThrow(/already exists/);
    expect(() => wb.addSheet('a/b')).toThrow(/not a valid sheet name/);
    expect(() => wb.addSheet('x'.repeat(32))).toThrow(/not a valid sheet name/);
  });
});
