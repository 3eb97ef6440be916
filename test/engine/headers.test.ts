import { detectNameColumn, detectRevenueColumn, findHeader, readClientTable, type CellValue } from '../../src/engine';
import { formatMessage } from '../../src/i18n/catalog';
import { model } from './builders';

const m = model({
  criteria: [
    { name: 'Omzet', weight: 1 },
    { name: 'Netwerk', weight: 1 },
  ],
});
const read = (header: CellValue[], rows: CellValue[][] = [['a', 1, 2]], mm = m) => readClientTable(header, rows, mm);
const mapping = (header: CellValue[], rows?: CellValue[][], mm = m) => {
  const r = read(header, rows, mm);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.table.mapping;
};

describe('header matching', () => {
  it('ignores case, surrounding and inner whitespace', () => {
    expect(mapping(['Klant', '  omzet ', 'NET WERK']).criteria).toEqual([1, 2]);
    expect(mapping(['Klant', 'OMZET', 'netwerk']).criteria).toEqual([1, 2]);
  });

  it('ignores accents', () => {
    expect(findHeader(['Klant', 'Cliënttevredenheid'], 'Clienttevredenheid')).toEqual([1]);
    expect(findHeader(['Klant', 'Clienttevredenheid'], 'cliënttevredenheid')).toEqual([1]);
  });

  it('falls back to letters and digits only when the exact key is not there', () => {
    expect(findHeader(['Omzet (€)'], 'Omzet €')).toEqual([0]);
    expect(findHeader(['Betaaltermijn (dagen)'], 'betaaltermijn dagen')).toEqual([0]);
  });

  it('finds the client name column by its usual headers', () => {
    for (const h of ['Klant', 'Klantnaam', 'Cliënt', 'Client', 'Relatie', 'Naam', 'Customer', 'Debiteur']) {
      expect(detectNameColumn(['Omzet', h, 'Netwerk'])).toBe(1);
    }
    expect(mapping(['Omzet', 'Netwerk', 'Cliënt'], [[1, 2, 'a']]).name).toBe(2);
  });

  it('finds the revenue column by its usual headers', () => {
    for (const h of ['Omzet', 'Jaaromzet', 'Honorarium', 'Revenue', 'Turnover', 'Omzet 2024', 'Omzet (€)']) {
      expect(detectRevenueColumn(['Klant', h, 'Netwerk'])).toBe(1);
    }
    expect(detectRevenueColumn(['Klant', 'Netwerk'])).toBeUndefined();
  });

  it('uses the first column that is no criterion as the name when no header says "name"', () => {
    expect(mapping(['Code', 'Omzet', 'Netwerk'], [['K001', 1, 2]]).name).toBe(0);
  });
});

describe('header problems', () => {
  it('refuses a criterion column that appears twice, naming the columns', () => {
    const r = read(['Klant', 'Omzet', 'Netwerk', 'omzet'], [['a', 1, 2, 3]]);
    expect(r).toEqual({ ok: false, error: { code: 'table.duplicateHeader', params: { column: 'Omzet', letters: 'B, D', role: 'Omzet' } } });
  });

  it('warns about a repeated header the model does not use', () => {
    const r = read(['Klant', 'Omzet', 'Netwerk', 'Notitie', 'Notitie'], [['a', 1, 2, 'x', 'y']]);
    expect(r.ok && r.table.warnings).toContainEqual({
      code: 'table.duplicateHeaderUnused',
      params: { column: 'Notitie', letters: 'D, E' },
    });
  });

  it('lists the missing criterion columns and the available ones', () => {
    const four = model({
      criteria: [
        { name: 'Omzet', weight: 1 },
        { name: 'Portfolio', weight: 1 },
        { name: 'Netwerk', weight: 1 },
        { name: 'Samenwerking', weight: 1 },
      ],
    });
    const r = read(['Klant', 'Omzet', 'Netwerk'], [['a', 1, 2]], four);
    if (r.ok) throw new Error('expected the table to be refused');
    const error = r.error;
    expect(error.code).toBe('table.missingColumns');
    expect(error.params).toMatchObject({ columns: 'Portfolio, Samenwerking', available: 'Klant, Omzet, Netwerk' });
    expect(formatMessage('nl', error)).toBe('Kolom(men) niet gevonden: Portfolio, Samenwerking. De tabel heeft: Klant, Omzet, Netwerk.');
    expect(formatMessage('en', error)).toBe('Column(s) not found: Portfolio, Samenwerking. The table has: Klant, Omzet, Netwerk.');
  });

  it('says there is no header row when the first row holds numbers', () => {
    const r = readClientTable([1, 2, 3], [[4, 5, 6]], m, { placement: { sheet: 'Blad1', headerRow: 3, firstColumn: 1 } });
    expect(r).toEqual({ ok: false, error: { code: 'table.noHeaderRow', params: { sheet: 'Blad1', address: 'Blad1!B3' } } });
    if (r.ok) return;
    expect(formatMessage('nl', r.error)).toContain('Blad1!B3');
    expect(formatMessage('en', r.error)).toContain('Blad1!B3');
  });

  it('says the selection is empty, or has no clients', () => {
    expect(read([], [])).toMatchObject({ ok: false, error: { code: 'table.empty' } });
    expect(read(['Klant', 'Omzet', 'Netwerk'], [])).toMatchObject({ ok: false, error: { code: 'table.noClients' } });
    expect(
      read(
        ['Klant', 'Omzet', 'Netwerk'],
        [
          [null, null, null],
          ['Totaal', 3, 3],
        ],
      ),
    ).toMatchObject({ ok: false, error: { code: 'table.noClients' } });
  });

  it('asks for a revenue column when Pareto needs one and none is found', () => {
    const pm = model({ criteria: [{ name: 'Netwerk', weight: 1 }], classification: { method: 'pareto' } });
    const r = read(['Klant', 'Netwerk'], [['a', 1]], pm);
    expect(r).toMatchObject({ ok: false, error: { code: 'table.noRevenueColumn', params: { available: 'Klant, Netwerk' } } });
  });

  it('refuses a named revenue column that is not in the table', () => {
    const rm = model({ revenue: 'Honorarium', criteria: [{ name: 'Netwerk', weight: 1 }] });
    expect(read(['Klant', 'Netwerk'], [['a', 1]], rm)).toMatchObject({
      ok: false,
      error: { code: 'table.missingColumns', params: { columns: 'Honorarium' } },
    });
  });
});
