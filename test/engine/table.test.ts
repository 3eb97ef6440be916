import { formatMessage } from '../../src/i18n/catalog';
import { classify, flagCodes, model, type Row } from './builders';

const m = model({
  revenue: 'Omzet',
  criteria: [
    { name: 'Netwerk', weight: 1 },
    { name: 'Portfolio', weight: 1 },
  ],
});
const klanten = { sheet: 'Klanten', headerRow: 1, firstColumn: 0 };

describe('rows that are not clients', () => {
  it.each(['Totaal', 'Total', 'Eindtotaal', 'TOTAAL:', 'Grand total', 'Subtotaal'])('skips a totals row labelled "%s"', (label) => {
    const c = classify(
      [
        { Klant: 'a', Omzet: 100, Netwerk: 3, Portfolio: 3 },
        { Klant: 'b', Omzet: 50, Netwerk: 1, Portfolio: 1 },
        { Klant: label, Omzet: 150, Netwerk: 4, Portfolio: 4 },
      ],
      m,
    );
    expect(c.clients.map((x) => x.name)).toEqual(['a', 'b']);
    expect(c.run.revenueTotal).toBe(150);
    // header in row 1, clients in rows 2 and 3, the totals row is sheet row 4
    expect(c.warnings).toContainEqual({ code: 'table.totalsRowSkipped', params: { rows: '4' } });
  });

  it('skips a totals row whose label sits in the first column when the name column is elsewhere', () => {
    const c = classify(
      [
        { Nr: 1, Klant: 'a', Omzet: 100, Netwerk: 3, Portfolio: 3 },
        { Nr: 'Totaal', Klant: null, Omzet: 100, Netwerk: null, Portfolio: null },
      ],
      m,
    );
    expect(c.clients.map((x) => x.name)).toEqual(['a']);
  });

  it('does not mistake a client called "Totaalbouw" for a totals row', () => {
    const c = classify([{ Klant: 'Totaalbouw BV', Omzet: 100, Netwerk: 3, Portfolio: 3 }], m);
    expect(c.clients.map((x) => x.name)).toEqual(['Totaalbouw BV']);
  });

  it('skips blank rows and still names the right sheet row for the clients below them', () => {
    const c = classify(
      [
        { Klant: 'a', Omzet: 100, Netwerk: 3, Portfolio: 3 },
        { Klant: null, Omzet: '', Netwerk: '   ', Portfolio: null },
        { Klant: 'b', Omzet: 50, Netwerk: null, Portfolio: 1 },
      ],
      m,
      { placement: klanten },
    );
    expect(c.clients.map((x) => x.name)).toEqual(['a', 'b']);
    expect(c.warnings).toContainEqual({ code: 'table.blankRowsSkipped', params: { count: 1, rows: '3' } });
    // b is data row 2 → sheet row 1 + 1 + 2 = 4; Netwerk is column C
    expect(c.byName('b').flags[0]!.params).toMatchObject({ address: 'Klanten!C4' });
  });
});

describe('missing and invalid values', () => {
  const run = (netwerk: Row[string], options = {}) =>
    classify(
      [
        { Klant: 'goed', Omzet: 100, Netwerk: 2, Portfolio: 2 },
        { Klant: 'x', Omzet: 100, Netwerk: netwerk, Portfolio: 2 },
      ],
      m,
      { placement: klanten, ...options },
    );

  it.each([
    ['an empty text', ''],
    ['an empty cell', null],
    ['"n.v.t."', 'n.v.t.'],
    ['a dash', '-'],
  ])('flags %s as missing with the cell address and leaves the client unclassified', (_, value) => {
    const x = run(value).byName('x');
    expect(x.label).toBeNull();
    expect(x.score).toBeNull();
    expect(x.percent).toBeNull();
    expect(x.criterionScores).toEqual([null, 2]);
    expect(x.flags).toEqual([{ code: 'client.missing', blocking: true, params: { column: 'Netwerk', address: 'Klanten!C3', text: '' } }]);
  });

  it.each([
    ['text', 'abc', 'client.invalid.text', 'abc'],
    ['an error value object', { error: '#N/A' }, 'client.invalid.error', '#N/A'],
    ['an error value as text', '#N/A', 'client.invalid.error', '#N/A'],
    ['a boolean', true, 'client.invalid.boolean', 'WAAR'],
    ['a Date object', new Date(Date.UTC(2024, 2, 1)), 'client.invalid.date', '2024-03-01'],
  ])('flags %s as invalid with the cell address, never as 0', (_, value, code, text) => {
    const x = run(value as Row[string]).byName('x');
    expect(x.label).toBeNull();
    expect(x.score).toBeNull();
    expect(x.flags).toEqual([{ code, blocking: true, params: { column: 'Netwerk', address: 'Klanten!C3', text } }]);
  });

  it('flags a number formatted as a date', () => {
    // row 0: plain numbers; row 1: the Netwerk cell (column index 2) carries a date format
    const formats = [
      ['General', 'General', 'General', 'General'],
      ['General', '#.##0', 'dd-mm-yyyy', 'General'],
    ];
    const x = run(45352, { numberFormats: formats }).byName('x');
    expect(x.label).toBeNull();
    expect(flagCodes(x)).toEqual(['client.invalid.date']);
  });

  it('keeps a number with a money or percent format as a number', () => {
    const formats = [
      ['General', 'General', 'General', 'General'],
      ['General', '€ #.##0,00', '0%', '"dagen" 0'],
    ];
    const x = run(1, { numberFormats: formats }).byName('x');
    expect(x.score).toBe(3);
    expect(x.flags).toEqual([]);
  });

  it('renders the flag in Dutch and English with column and address', () => {
    const flag = run('abc').byName('x').flags[0]!;
    expect(formatMessage('nl', flag)).toBe('Netwerk "abc" is geen getal (Klanten!C3); niet ingedeeld.');
    expect(formatMessage('en', flag)).toBe('Netwerk "abc" is not a number (Klanten!C3); not classified.');
  });

  it('quotes a sheet name with a space and shifts the address with the table position', () => {
    const c = classify([{ Klant: 'x', Omzet: 1, Netwerk: null, Portfolio: 1 }], m, {
      placement: { sheet: 'Mijn klanten', headerRow: 4, firstColumn: 2 },
    });
    // table starts in column C, Netwerk is its third column → E; header row 4 → first client row 5
    expect(c.byName('x').flags[0]!.params).toMatchObject({ address: "'Mijn klanten'!E5" });
  });

  it('keeps the other clients classified when one client has a problem', () => {
    const c = run('abc');
    // goed: 2 + 2 = 4 of 6 = 66.7% → B
    expect(c.byName('goed').label).toBe('B');
    expect(c.byName('goed').flags).toEqual([]);
  });
});

describe('the "zero" policy for missing values', () => {
  const zero = model({
    criteria: [
      { name: 'Netwerk', weight: 1 },
      { name: 'Portfolio', weight: 1 },
    ],
    missing: 'zero',
  });

  it('counts a missing value as 0 and says so in a non-blocking signal', () => {
    const c = classify(
      [
        { Klant: 'x', Netwerk: null, Portfolio: 3 },
        { Klant: 'y', Netwerk: 'n.v.t.', Portfolio: 1 },
      ],
      zero,
      { placement: klanten },
    );
    // x: 0 + 3 = 3 of 6 = 50% → B; y: 0 + 1 = 1 of 6 = 16.7% → D
    expect(c.byName('x').score).toBe(3);
    expect(c.byName('x').label).toBe('B');
    expect(c.byName('y').label).toBe('D');
    expect(c.byName('x').flags).toEqual([
      { code: 'client.missingAsZero', blocking: false, params: { column: 'Netwerk', address: 'Klanten!B2', text: '' } },
    ]);
  });

  it('still refuses invalid values', () => {
    const c = classify([{ Klant: 'x', Netwerk: 'veel', Portfolio: 3 }], zero);
    expect(c.byName('x').label).toBeNull();
    expect(flagCodes(c.byName('x'))).toEqual(['client.invalid.text']);
  });

  it('counts missing Pareto revenue as 0, so the client lands in the last class as the signal says', () => {
    const pareto = model({
      revenue: 'Omzet',
      criteria: [{ name: 'Netwerk', weight: 1 }],
      classification: { method: 'pareto', cutoffs: [0.8, 0.95], labels: ['A', 'B', 'C'] },
      missing: 'zero',
    });
    const c = classify(
      [
        { Klant: 'x', Omzet: 100, Netwerk: 1 },
        { Klant: 'y', Omzet: null, Netwerk: 1 },
      ],
      pareto,
    );
    // y's revenue counts as 0 → zero revenue → last class C; x has all revenue → A
    expect(c.byName('y').label).toBe('C');
    expect(c.byName('y').flags).toEqual([expect.objectContaining({ code: 'client.missingAsZero', blocking: false })]);
    expect(c.byName('x').label).toBe('A');
  });

  it('counts missing revenue as 0 for Pareto also when revenue is a scored criterion', () => {
    const pareto = model({
      revenue: 'Omzet',
      criteria: [{ name: 'Omzet', weight: 1, scoring: { type: 'quantiles' } }],
      classification: { method: 'pareto', cutoffs: [0.8, 0.95], labels: ['A', 'B', 'C'] },
      missing: 'zero',
    });
    const c = classify(
      [
        { Klant: 'x', Omzet: 100 },
        { Klant: 'y', Omzet: 'n.v.t.' },
      ],
      pareto,
    );
    expect(c.byName('y').criterionScores).toEqual([0]);
    expect(c.byName('y').label).toBe('C');
    expect(c.byName('y').flags.every((f) => !f.blocking)).toBe(true);
  });
});

describe('revenue that is only used for shares', () => {
  const m2 = model({ revenue: 'Omzet', criteria: [{ name: 'Netwerk', weight: 1 }] });

  it('flags missing or invalid revenue without leaving the client unclassified, and says so truthfully', () => {
    const c = classify(
      [
        { Klant: 'x', Omzet: null, Netwerk: 3 },
        { Klant: 'y', Omzet: 'veel', Netwerk: 3 },
      ],
      m2,
      { placement: klanten },
    );
    for (const name of ['x', 'y']) {
      const client = c.byName(name);
      expect(client.label).toBe('A');
      expect(client.revenueShare).toBeNull();
      expect(client.flags).toHaveLength(1);
      expect(client.flags[0]!.blocking).toBe(false);
      const nl = formatMessage('nl', client.flags[0]!);
      const en = formatMessage('en', client.flags[0]!);
      expect(nl).not.toContain('niet ingedeeld');
      expect(en).not.toContain('not classified');
      expect(nl).toContain('Omzet');
      expect(en).toContain('revenue share');
    }
    expect(formatMessage('nl', c.byName('x').flags[0]!)).toBe('Omzet ontbreekt (Klanten!B2); telt niet mee in de omzetaandelen.');
    expect(formatMessage('en', c.byName('y').flags[0]!)).toBe(
      'Omzet "veel" is not a usable amount (Klanten!B3); it does not count in the revenue shares.',
    );
  });
});
