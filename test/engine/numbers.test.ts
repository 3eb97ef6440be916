import { detectNumberLocale, parseNumber, readClientTable } from '../../src/engine';
import { clientTable, model } from './builders';

const num = (value: number) => ({ kind: 'number', value });

describe('number text', () => {
  it('reads Dutch money with a euro sign, thousands dots and a decimal comma', () => {
    expect(parseNumber('€ 1.234,56', 'nl')).toEqual(num(1234.56));
    expect(parseNumber('€1.234,56', 'en')).toEqual(num(1234.56)); // both separators: the last one is the decimal
  });

  it('reads English text with thousands commas and a decimal point', () => {
    expect(parseNumber('1,234.56', 'en')).toEqual(num(1234.56));
    expect(parseNumber('1,234.56', 'nl')).toEqual(num(1234.56));
  });

  it('reads a percentage as a fraction', () => {
    expect(parseNumber('12,5%', 'nl')).toEqual({ kind: 'number', value: 0.125, percent: true });
    expect(parseNumber('12.5 %', 'en')).toEqual({ kind: 'number', value: 0.125, percent: true });
  });

  it('reads the ambiguous "1.234" by the table convention: 1234 in Dutch, 1.234 in English', () => {
    expect(parseNumber('1.234', 'nl')).toEqual(num(1234));
    expect(parseNumber('1.234', 'en')).toEqual(num(1.234));
    expect(parseNumber('1,234', 'nl')).toEqual(num(1.234));
    expect(parseNumber('1,234', 'en')).toEqual(num(1234));
  });

  it('reads repeated separators as thousands only', () => {
    expect(parseNumber('1.234.567', 'nl')).toEqual(num(1234567));
    expect(parseNumber('1.234.567', 'en')).toEqual(num(1234567));
    expect(parseNumber('1,234,567', 'en')).toEqual(num(1234567));
  });

  it('reads accounting negatives in parentheses and a minus before the currency', () => {
    expect(parseNumber('(1.000)', 'nl')).toEqual(num(-1000));
    expect(parseNumber('(€ 1.000,50)', 'nl')).toEqual(num(-1000.5));
    expect(parseNumber('-€ 5', 'nl')).toEqual(num(-5));
    expect(parseNumber('€ -5', 'nl')).toEqual(num(-5));
  });

  it('refuses badly grouped digits instead of guessing', () => {
    expect(parseNumber('1.23.4', 'nl')).toMatchObject({ kind: 'invalid', reason: 'text' });
    expect(parseNumber('12abc', 'nl')).toMatchObject({ kind: 'invalid', reason: 'text' });
  });

  it('treats blanks and "not applicable" text as missing, never as 0', () => {
    for (const v of ['', '   ', null, undefined, 'n.v.t.', 'N.V.T.', '-', 'nvt', 'n/a']) {
      expect(parseNumber(v, 'nl')).toEqual({ kind: 'missing' });
    }
  });

  it('treats text, errors, booleans and dates as invalid with the reason', () => {
    expect(parseNumber('abc', 'nl')).toEqual({ kind: 'invalid', reason: 'text', text: 'abc' });
    expect(parseNumber({ error: '#N/A' }, 'nl')).toEqual({ kind: 'invalid', reason: 'error', text: '#N/A' });
    expect(parseNumber('#N/A', 'nl')).toEqual({ kind: 'invalid', reason: 'error', text: '#N/A' });
    expect(parseNumber('#DEEL/0!', 'nl')).toMatchObject({ kind: 'invalid' });
    expect(parseNumber(true, 'nl')).toMatchObject({ kind: 'invalid', reason: 'boolean' });
    expect(parseNumber(new Date(Date.UTC(2024, 0, 31)), 'nl')).toEqual({ kind: 'invalid', reason: 'date', text: '2024-01-31' });
  });

  it('turns −0 into 0 so nothing downstream prints "-0"', () => {
    expect(Object.is((parseNumber(-0) as { value: number }).value, 0)).toBe(true);
  });

  it('picks the table convention from the texts that show it, Dutch when undecided', () => {
    expect(detectNumberLocale(['€ 1.234,56', '12,5', '1.234'])).toBe('nl');
    expect(detectNumberLocale(['1,234.56', '12.5', '1.234'])).toBe('en');
    expect(detectNumberLocale(['1.234'])).toBe('nl');
    expect(detectNumberLocale([])).toBe('nl');
  });
});

describe('numbers in a table', () => {
  const m = model({ revenue: 'Omzet', criteria: [{ name: 'Score', weight: 1 }] });
  const revenueOf = (rows: Record<string, unknown>[]) => {
    const t = clientTable(rows as never);
    const reading = readClientTable(t.header, t.rows, m);
    if (!reading.ok) throw new Error(JSON.stringify(reading.error));
    const col = reading.table.mapping.revenue;
    return { locale: reading.table.locale, values: Array.from(reading.table.numeric.get(col)!.values) };
  };

  it('reads "1.234" as 1234 in a Dutch table', () => {
    const r = revenueOf([
      { Klant: 'a', Omzet: '€ 1.234,56', Score: 1 },
      { Klant: 'b', Omzet: '1.234', Score: 1 },
      { Klant: 'c', Omzet: '12,5', Score: 1 },
    ]);
    expect(r.locale).toBe('nl');
    expect(r.values).toEqual([1234.56, 1234, 12.5]);
  });

  it('reads "1.234" as 1.234 in an English table', () => {
    const r = revenueOf([
      { Klant: 'a', Omzet: '1,234.56', Score: 1 },
      { Klant: 'b', Omzet: '1.234', Score: 1 },
      { Klant: 'c', Omzet: '12.5', Score: 1 },
    ]);
    expect(r.locale).toBe('en');
    expect(r.values).toEqual([1234.56, 1.234, 12.5]);
  });

  it('reads negatives and thousands-only text in a Dutch table', () => {
    const r = revenueOf([
      { Klant: 'a', Omzet: '(1.000)', Score: 1 },
      { Klant: 'b', Omzet: '-€ 5', Score: 1 },
      { Klant: 'c', Omzet: '1.234.567', Score: 1 },
      { Klant: 'd', Omzet: 250, Score: 1 },
    ]);
    expect(r.values).toEqual([-1000, -5, 1234567, 250]);
  });
});
