/**
 * Matching the model's columns to real headers: exact, synonym, close ("Omzet" → "Omzet 2025"),
 * else unmatched with a suggestion. The client-name column is never a criterion.
 */
import { criterionCandidates, matchColumn, matchModelColumns } from '../../src/engine';
import { formatMessage } from '../../src/i18n/catalog';
import { classify, classifyError, model } from './builders';

describe('matchColumn', () => {
  it('matches exactly, ignoring case, accents, spaces and punctuation', () => {
    expect(matchColumn(['Klant', 'omzet (€)', 'Netwerk'], 'Omzet €')).toEqual({ wanted: 'Omzet €', index: 1, kind: 'exact' });
  });

  it('matches a synonym from the same group', () => {
    expect(matchColumn(['Client', 'Revenue', 'Network'], 'Omzet')).toEqual({ wanted: 'Omzet', index: 1, kind: 'synonym' });
    expect(matchColumn(['Client', 'Revenue', 'Network'], 'Netwerk')).toEqual({ wanted: 'Netwerk', index: 2, kind: 'synonym' });
  });

  it('matches a close header: the name with a year, a unit, or inside a compound', () => {
    expect(matchColumn(['Klant', 'Omzet 2025', 'Netwerk'], 'Omzet')).toEqual({ wanted: 'Omzet', index: 1, kind: 'close' });
    expect(matchColumn(['Klant', 'Totale jaaromzet'], 'Omzet')).toMatchObject({ index: 1, kind: 'close' });
    expect(matchColumn(['Klant', 'Score netwerk (0-3)'], 'Netwerk')).toMatchObject({ index: 1, kind: 'close' });
  });

  it('does not choose between two years: unmatched, suggesting the latest', () => {
    expect(matchColumn(['Klant', 'Omzet 2024', 'Omzet 2025'], 'Omzet')).toEqual({
      wanted: 'Omzet',
      index: -1,
      kind: 'none',
      suggestion: 'Omzet 2025',
    });
  });

  it('suggests a header one typo away, but never uses it unasked', () => {
    expect(matchColumn(['Klant', 'Netwrek', 'Omzet'], 'Netwerk')).toEqual({
      wanted: 'Netwerk',
      index: -1,
      kind: 'none',
      suggestion: 'Netwrek',
    });
  });

  it('has no suggestion when nothing is alike', () => {
    expect(matchColumn(['Klant', 'Plaats'], 'Samenwerking')).toEqual({ wanted: 'Samenwerking', index: -1, kind: 'none' });
  });

  it('reports the same name twice as duplicates', () => {
    expect(matchColumn(['Netwerk', 'Klant', 'netwerk'], 'Netwerk')).toEqual({
      wanted: 'Netwerk',
      index: -1,
      kind: 'none',
      duplicates: [0, 2],
    });
  });
});

describe('matchModelColumns', () => {
  const m = model({
    revenue: 'Omzet',
    criteria: [
      { name: 'Omzet', weight: 5 },
      { name: 'Portfolio', weight: 2 },
      { name: 'Klant', weight: 1 },
    ],
  });

  it('never matches the client-name column as a criterion', () => {
    const r = matchModelColumns(['Klant', 'Omzet 2025', 'Portefeuille'], m);
    expect(r.name).toBe(0);
    expect(r.revenue).toMatchObject({ index: 1, kind: 'close' });
    expect(r.criteria.map((c) => [c.index, c.kind])).toEqual([
      [1, 'close'],
      [2, 'synonym'],
      [-1, 'none'],
    ]);
  });

  it('does not take a column another model column names exactly', () => {
    const two = model({
      criteria: [
        { name: 'Omzet', weight: 1 },
        { name: 'Omzet netto', weight: 1 },
      ],
    });
    const r = matchModelColumns(['Klant', 'Omzet netto', 'Omzet'], two);
    expect(r.criteria.map((c) => c.index)).toEqual([2, 1]);
  });

  it('offers every named column but the client name as a criterion', () => {
    expect(criterionCandidates(['Klant', 'Omzet', '', 'Netwerk'], {})).toEqual([1, 3]);
    expect(criterionCandidates(['Nr', 'Relatie', 'Omzet'], { nameColumn: 'Relatie' })).toEqual([0, 2]);
  });
});

describe('a model on real headers, through the engine', () => {
  const m = model({
    revenue: 'Omzet',
    criteria: [
      { name: 'Omzet', weight: 1, scoring: { type: 'quantiles' } },
      { name: 'Netwerk', weight: 1 },
    ],
  });
  const placement = { sheet: 'Klanten', headerRow: 4, firstColumn: 0 };

  it('classifies "Omzet" from "Omzet 2025" and says which column it used, in both languages', () => {
    const c = classify(
      [
        { Klant: 'a', 'Omzet 2025': 1000, Netwerk: 3 },
        { Klant: 'b', 'Omzet 2025': 500, Netwerk: 1 },
      ],
      m,
      { placement },
    );
    expect(c.run.revenueTotal).toBe(1500);
    const w = c.warnings.filter((x) => x.code === 'table.columnMatched');
    // Revenue and the criterion read the same column: told once.
    expect(w).toEqual([{ code: 'table.columnMatched', params: { column: 'Omzet', header: 'Omzet 2025', letter: 'B' } }]);
    expect(formatMessage('nl', w[0]!)).toBe(
      'Kolom "Omzet" uit het model staat niet letterlijk in de tabel; kolom B "Omzet 2025" wordt gebruikt.',
    );
    expect(formatMessage('en', w[0]!)).toBe('Column "Omzet" of the model is not in the table as such; column B "Omzet 2025" is used.');
  });

  it("stops with \"Bedoelt u 'Omzet 2025'?\" when two years make the choice the user's", () => {
    const error = classifyError([{ Klant: 'a', 'Omzet 2024': 900, 'Omzet 2025': 1000, Netwerk: 3 }], m, { placement });
    expect(error).toEqual({
      code: 'table.missingColumnSuggest',
      params: {
        columns: 'Omzet',
        column: 'Omzet',
        suggestion: 'Omzet 2025',
        available: 'Klant, Omzet 2024, Omzet 2025, Netwerk',
        sheet: 'Klanten',
        address: 'Klanten!A4',
      },
    });
    expect(formatMessage('nl', error)).toBe(
      'Kolom(men) niet gevonden: Omzet. Bedoelt u \'Omzet 2025\' (voor "Omzet")? De tabel heeft: Klant, Omzet 2024, Omzet 2025, Netwerk.',
    );
    expect(formatMessage('en', error)).toBe(
      'Column(s) not found: Omzet. Did you mean \'Omzet 2025\' (for "Omzet")? The table has: Klant, Omzet 2024, Omzet 2025, Netwerk.',
    );
  });

  it('keeps the old message when nothing is near', () => {
    const error = classifyError([{ Klant: 'a', Plaats: 'Utrecht', Netwerk: 1 }], m, { placement });
    expect(error.code).toBe('table.missingColumns');
  });
});
