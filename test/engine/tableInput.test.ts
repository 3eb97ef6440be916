/**
 * Rules that hostile but ordinary files taught us, at the engine: number notation per column, a
 * percentage where an amount belongs, an unlabelled totals row, sums too large for a double.
 * Every expected value is worked out by hand from the rows in the test.
 */
import { isPercentFormat, readClientTable, sumOverflows, unlabelledTotal } from '../../src/engine';
import { formatMessage } from '../../src/i18n/catalog';
import { classify, classifyError, clientTable, flagCodes, model, type Row } from './builders';

const klanten = { sheet: 'Klanten', headerRow: 1, firstColumn: 0 };

describe('number notation is decided per column', () => {
  const m = model({ revenue: 'Omzet', criteria: [{ name: 'Score', weight: 1 }], costs: 'Kosten' });
  const read = (rows: Row[]) => {
    const t = clientTable(rows);
    const reading = readClientTable(t.header, t.rows, m);
    if (!reading.ok) throw new Error(JSON.stringify(reading.error));
    const column = (h: string) => Array.from(reading.table.numeric.get(t.header.indexOf(h))!.values);
    return { column, locales: reading.table.locales, header: t.header };
  };

  it('reads "150.000" as 150000 in a Dutch column although another column is written in English', () => {
    const r = read([
      { Klant: 'a', Omzet: '150.000', Kosten: '1,250.50', Score: 1 },
      { Klant: 'b', Omzet: '75.000', Kosten: '2.5', Score: 2 },
      { Klant: 'c', Omzet: '1.250,75', Kosten: '300', Score: 3 },
    ]);
    expect(r.column('Omzet')).toEqual([150000, 75000, 1250.75]);
    expect(r.column('Kosten')).toEqual([1250.5, 2.5, 300]);
    expect(r.locales.get(r.header.indexOf('Omzet'))).toBe('nl');
    expect(r.locales.get(r.header.indexOf('Kosten'))).toBe('en');
  });

  it('keeps "150.000" at 150000 when the English evidence is in a single cell of another column', () => {
    // Before: one "12.5" anywhere in the table made every "150.000" read as 150.
    const r = read([
      { Klant: 'a', Omzet: '150.000', Kosten: '12.5', Score: 1 },
      { Klant: 'b', Omzet: '90.000', Kosten: 10, Score: 2 },
    ]);
    expect(r.column('Omzet')).toEqual([150000, 90000]);
  });

  it('reads an English column in English even when most of the table is Dutch', () => {
    const r = read([
      { Klant: 'a', Omzet: '1,500.00', Kosten: '1.000,50', Score: 1 },
      { Klant: 'b', Omzet: '2,000', Kosten: '2,5', Score: 2 },
    ]);
    expect(r.column('Omzet')).toEqual([1500, 2000]);
    expect(r.column('Kosten')).toEqual([1000.5, 2.5]);
  });
});

describe('a percentage where an amount belongs', () => {
  const m = model({ revenue: 'Omzet', criteria: [{ name: 'Score', weight: 1 }] });

  it('flags "50%" as revenue instead of reading it as 0.5, with the cell and the text in both languages', () => {
    const c = classify(
      [
        { Klant: 'a', Omzet: 1000, Score: 3 },
        { Klant: 'b', Omzet: '50%', Score: 2 },
      ],
      m,
      { placement: klanten },
    );
    const b = c.byName('b');
    expect(Number.isNaN(c.run.revenue[1]!)).toBe(true);
    expect(c.run.revenueTotal).toBe(1000);
    expect(flagCodes(b)).toContain('client.revenuePercent');
    const flag = b.flags.find((f) => f.code === 'client.revenuePercent')!;
    expect(formatMessage('nl', flag)).toBe('Omzet "50%" is een percentage, geen bedrag (Klanten!B3); telt niet mee in de omzetaandelen.');
    expect(formatMessage('en', flag)).toBe(
      'Omzet "50%" is a percentage, not an amount (Klanten!B3); it does not count in the revenue shares.',
    );
    // The class comes from the score, so the client keeps it.
    expect(b.label).not.toBeNull();
  });

  it('leaves a client unclassified when the percentage is in a revenue column that decides the class', () => {
    const pareto = model({ revenue: 'Omzet', criteria: [], classification: { method: 'pareto' } });
    const c = classify(
      [
        { Klant: 'a', Omzet: 1000 },
        { Klant: 'b', Omzet: 500 },
        { Klant: 'c', Omzet: '25 %' },
      ],
      pareto,
      { placement: klanten },
    );
    expect(c.byName('c').label).toBeNull();
    const flag = c.byName('c').flags.find((f) => f.code === 'client.invalid.percent')!;
    expect(formatMessage('nl', flag)).toBe('Omzet "25 %" is een percentage, geen bedrag (Klanten!B4); niet ingedeeld.');
    expect(formatMessage('en', flag)).toBe('Omzet "25 %" is a percentage, not an amount (Klanten!B4); not classified.');
  });

  it('flags a number formatted as a percentage in the revenue column', () => {
    const c = classify(
      [
        { Klant: 'a', Omzet: 1000, Score: 3 },
        { Klant: 'b', Omzet: 0.07, Score: 2 },
      ],
      m,
      {
        placement: klanten,
        numberFormats: [
          ['General', 'General', 'General'],
          ['General', '0%', 'General'],
        ],
      },
    );
    const flag = c.byName('b').flags.find((f) => f.code === 'client.revenuePercent')!;
    expect(flag.params).toEqual({ column: 'Omzet', address: 'Klanten!B3', text: '7%' });
  });

  it('still reads a percentage in a score column (only amounts refuse it)', () => {
    const pct = model({ criteria: [{ name: 'Marge', weight: 1, scoring: { type: 'quantiles' } }] });
    const c = classify(
      [
        { Klant: 'a', Marge: '50%' },
        { Klant: 'b', Marge: '10%' },
      ],
      pct,
    );
    expect(Array.from(c.run.table.numeric.get(1)!.values)).toEqual([0.5, 0.1]);
  });

  it('knows a percent format from a literal percent sign', () => {
    expect(isPercentFormat('0.0%')).toBe(true);
    expect(isPercentFormat('#,##0 "%"')).toBe(false);
    expect(isPercentFormat('0\\%')).toBe(false);
    expect(isPercentFormat('General')).toBe(false);
    expect(isPercentFormat(undefined)).toBe(false);
  });
});

describe('sums that overflow', () => {
  const m = model({ revenue: 'Omzet', criteria: [{ name: 'Score', weight: 1 }] });

  it('stops with the column and its cells when two revenues of 1E+308 would add up to infinity', () => {
    const error = classifyError(
      [
        { Klant: 'a', Omzet: 1e308, Score: 1 },
        { Klant: 'b', Omzet: 1e308, Score: 2 },
        { Klant: 'c', Omzet: 5, Score: 3 },
      ],
      m,
      { placement: klanten },
    );
    expect(error).toEqual({ code: 'table.sumOverflow', params: { column: 'Omzet', address: 'Klanten!B2:B4' } });
    expect(formatMessage('nl', error)).toBe(
      'De waarden in kolom Omzet (Klanten!B2:B4) zijn samen te groot om op te tellen (meer dan 1,8 × 10^308). Controleer die kolom: een bedrag als 1E+308 is bijna zeker een tikfout.',
    );
    expect(formatMessage('en', error)).toBe(
      'The values in column Omzet (Klanten!B2:B4) are too large to add up (more than 1.8 × 10^308). Check that column: an amount like 1E+308 is almost certainly a typing error.',
    );
  });

  it('accepts one very large revenue that still adds up', () => {
    const c = classify(
      [
        { Klant: 'a', Omzet: 1e308, Score: 1 },
        { Klant: 'b', Omzet: 5, Score: 2 },
      ],
      m,
    );
    expect(Number.isFinite(c.run.revenueTotal)).toBe(true);
  });

  it('adds absolute values, so +1E+308 and -1E+308 do not cancel out into a false "fine"', () => {
    expect(sumOverflows(Float64Array.from([1e308, -1e308, 1e308]))).toBe(true);
    expect(sumOverflows(Float64Array.from([1e308, NaN, 5]))).toBe(false);
  });
});

describe('an unlabelled totals row', () => {
  const m = model({ revenue: 'Omzet', criteria: [{ name: 'Score', weight: 1 }] });

  it('skips a last row without a name whose revenue is the sum of the rows above, naming the row', () => {
    const c = classify(
      [
        { Klant: 'a', Omzet: 100.1, Score: 3 },
        { Klant: 'b', Omzet: 50.2, Score: 1 },
        { Klant: 'c', Omzet: 25, Score: 2 },
        { Klant: null, Omzet: 175.3, Score: null },
      ],
      m,
      { placement: klanten },
    );
    expect(c.clients.map((x) => x.name)).toEqual(['a', 'b', 'c']);
    expect(c.run.revenueTotal).toBeCloseTo(175.3, 10);
    const w = c.warnings.find((x) => x.code === 'table.unlabelledTotalRow')!;
    expect(w.params).toEqual({ row: 5, address: 'Klanten!B5', column: 'Omzet' });
    expect(formatMessage('nl', w)).toBe(
      'Rij 5 heeft geen naam en de Omzet ervan (Klanten!B5) is de som van de rijen erboven: een totaalregel, geen klant. Die rij is overgeslagen.',
    );
    expect(formatMessage('en', w)).toBe(
      'Row 5 has no name and its Omzet (Klanten!B5) is the sum of the rows above: a totals row, not a client. That row is skipped.',
    );
    expect(c.run.table.skippedTotalsRows).toEqual([3]);
  });

  it('keeps a named client whose revenue happens to equal all others together', () => {
    const c = classify(
      [
        { Klant: 'a', Omzet: 10, Score: 3 },
        { Klant: 'b', Omzet: 20, Score: 1 },
        { Klant: 'c', Omzet: 30, Score: 2 },
      ],
      m,
    );
    expect(c.clients.map((x) => x.name)).toEqual(['a', 'b', 'c']);
    expect(c.warnings.map((w) => w.code)).not.toContain('table.unlabelledTotalRow');
  });

  it('keeps a last row without a name whose revenue is not the sum', () => {
    const c = classify(
      [
        { Klant: 'a', Omzet: 10, Score: 3 },
        { Klant: 'b', Omzet: 20, Score: 1 },
        { Klant: null, Omzet: 31, Score: 2 },
      ],
      m,
    );
    expect(c.run.count).toBe(3);
  });

  it('needs at least two values above the total', () => {
    expect(unlabelledTotal(Float64Array.from([5, 5]), [false, true])).toBe(-1);
    expect(unlabelledTotal(Float64Array.from([5, 5, 10]), [false, false, true])).toBe(2);
    expect(unlabelledTotal(Float64Array.from([5, NaN, 5]), [false, false, true])).toBe(-1);
  });
});
