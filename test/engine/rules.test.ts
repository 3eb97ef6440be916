import { formatMessage } from '../../src/i18n/catalog';
import { classify, flagCodes, labels, model } from './builders';

/** The example model's shape: four direct criteria plus payment days scored lower-is-better, limits 70/45/20%. */
const withRules = (rules: unknown[], extra: Record<string, unknown> = {}) =>
  model({
    criteria: [
      { name: 'Omzet', weight: 5 },
      { name: 'Netwerk', weight: 3 },
      {
        name: 'Betaalgedrag',
        column: 'Betaaltermijn (dagen)',
        weight: 2,
        scoring: { type: 'thresholds', direction: 'lower', thresholds: [60, 30, 14] },
      },
    ],
    rules,
    ...extra,
  });

// Max = 3 · (5 + 3 + 2) = 30.
// top:  Omzet 3, Netwerk 3, 90 days → 0 → 15 + 9 + 0 = 24 → 80% → A
// mid:  Omzet 2, Netwerk 1, 20 days → 2 → 10 + 3 + 4 = 17 → 56.7% → B
// low:  Omzet 1, Netwerk 3, 10 days → 3 →  5 + 9 + 6 = 20 → 66.7% → B
// bad:  Omzet 0, Netwerk 0, 90 days → 0 → 0 → 0% → D
const rows = [
  { Klant: 'top', Omzet: 3, Netwerk: 3, 'Betaaltermijn (dagen)': 90, Sector: 'Zorg', Uren: 150 },
  { Klant: 'mid', Omzet: 2, Netwerk: 1, 'Betaaltermijn (dagen)': 20, Sector: 'Overheid', Uren: 40 },
  { Klant: 'low', Omzet: 1, Netwerk: 3, 'Betaaltermijn (dagen)': 10, Sector: 'overheid', Uren: 10 },
  { Klant: 'bad', Omzet: 0, Netwerk: 0, 'Betaaltermijn (dagen)': 90, Sector: 'Bouw', Uren: 200 },
];

describe('rules', () => {
  it('computes the example classes without rules', () => {
    expect(labels(classify(rows, withRules([])))).toEqual({ top: 'A', mid: 'B', low: 'B', bad: 'D' });
  });

  it('caps a class with atMost when a criterion score meets the condition', () => {
    const c = classify(rows, withRules([{ when: { criterion: 'Betaalgedrag', op: '<=', value: 0 }, atMost: 'C' }]));
    // top pays in 90 days (score 0): A capped to C; bad is already D, a cap never raises it
    expect(labels(c)).toEqual({ top: 'C', mid: 'B', low: 'B', bad: 'D' });
    expect(c.byName('top').decision).toEqual({ kind: 'rule', index: 0, fromLabel: 'A', rule: expect.objectContaining({ atMost: 'C' }) });
    expect(c.byName('bad').decision).toEqual({ kind: 'method' });
  });

  it('floors a class with atLeast when a criterion score meets the condition', () => {
    const c = classify(rows, withRules([{ when: { criterion: 'Netwerk', op: '>=', value: 3 }, atLeast: 'A' }]));
    // Netwerk 3: top (already A) and low (B → A)
    expect(labels(c)).toEqual({ top: 'A', mid: 'B', low: 'A', bad: 'D' });
    expect(c.byName('low').decision).toMatchObject({ kind: 'rule', fromLabel: 'B' });
    expect(c.byName('top').decision).toEqual({ kind: 'method' });
  });

  it('compares a raw column value', () => {
    const c = classify(rows, withRules([{ when: { column: 'Uren', op: '>', value: 100 }, atMost: 'B' }]));
    // Uren > 100: top (A → B) and bad (stays D)
    expect(labels(c)).toEqual({ top: 'B', mid: 'B', low: 'B', bad: 'D' });
  });

  it('compares text with "=" ignoring case', () => {
    const c = classify(rows, withRules([{ when: { column: 'Sector', op: '=', value: 'OVERHEID' }, atLeast: 'A' }]));
    expect(labels(c)).toEqual({ top: 'A', mid: 'A', low: 'A', bad: 'D' });
  });

  it('supports each comparison on the value itself', () => {
    const at = (op: string, value: number) => labels(classify(rows, withRules([{ when: { column: 'Uren', op, value }, atMost: 'D' }])));
    // Uren: top 150, mid 40, low 10, bad 200
    expect(at('<', 40)).toEqual({ top: 'A', mid: 'B', low: 'D', bad: 'D' });
    expect(at('<=', 40)).toEqual({ top: 'A', mid: 'D', low: 'D', bad: 'D' });
    expect(at('=', 40)).toEqual({ top: 'A', mid: 'D', low: 'B', bad: 'D' });
    expect(at('>=', 150)).toEqual({ top: 'D', mid: 'B', low: 'B', bad: 'D' });
  });

  it('applies rules in order, the last one that changes the class deciding', () => {
    const c = classify(
      rows,
      withRules([
        { when: { criterion: 'Omzet', op: '>=', value: 3 }, atMost: 'C' },
        { when: { column: 'Sector', op: '=', value: 'Zorg' }, atLeast: 'B' },
      ]),
    );
    // top: A → C (rule 1) → B (rule 2)
    expect(c.byName('top').label).toBe('B');
    expect(c.byName('top').decision).toMatchObject({ kind: 'rule', index: 1, fromLabel: 'A' });
  });

  it('does not apply a rule to a client that could not be classified', () => {
    const c = classify([{ ...rows[0]!, Omzet: null }], withRules([{ when: { criterion: 'Netwerk', op: '>=', value: 3 }, atLeast: 'A' }]));
    expect(c.byName('top').label).toBeNull();
  });

  it('warns, and never applies the rule, when its column is not in the table', () => {
    const c = classify(rows, withRules([{ when: { column: 'Risico', op: '>', value: 1 }, atMost: 'D' }]));
    expect(c.warnings).toContainEqual({ code: 'table.optionalColumnMissing', params: { column: 'Risico' } });
    expect(labels(c)).toEqual({ top: 'A', mid: 'B', low: 'B', bad: 'D' });
  });
});

describe('manual overrides', () => {
  const overridden = (extraRules: unknown[] = []) =>
    withRules(extraRules, { override: { column: 'Handmatige klasse', reasonColumn: 'Reden' } });
  const withOverride = (name: string, value: unknown, reason: unknown = null) =>
    rows.map((r) =>
      r.Klant === name
        ? { ...r, 'Handmatige klasse': value as string, Reden: reason as string }
        : { ...r, 'Handmatige klasse': null, Reden: null },
    );

  it('sets the class from the override column and keeps the reason', () => {
    const c = classify(withOverride('bad', 'A', 'Strategische klant'), overridden());
    const bad = c.byName('bad');
    expect(bad.label).toBe('A');
    expect(bad.decision).toEqual({ kind: 'override', reason: 'Strategische klant' });
    expect(bad.flags).toEqual([
      { code: 'client.overrideWithReason', blocking: false, params: { label: 'A', reason: 'Strategische klant' } },
    ]);
    expect(formatMessage('nl', bad.flags[0]!)).toBe('Handmatig op A gezet: Strategische klant.');
    expect(formatMessage('en', bad.flags[0]!)).toBe('Set to A by hand: Strategische klant.');
    expect(c.byName('top').label).toBe('A');
  });

  it('matches the label case-insensitively and works without a reason', () => {
    const bad = classify(withOverride('bad', 'b'), overridden()).byName('bad');
    expect(bad.label).toBe('B');
    expect(bad.decision).toEqual({ kind: 'override', reason: '' });
    expect(flagCodes(bad)).toEqual(['client.override']);
  });

  it('wins over a rule', () => {
    const c = classify(withOverride('top', 'A'), overridden([{ when: { criterion: 'Betaalgedrag', op: '<=', value: 0 }, atMost: 'D' }]));
    expect(c.byName('top').label).toBe('A');
    expect(c.byName('top').decision.kind).toBe('override');
    expect(c.byName('bad').label).toBe('D');
  });

  it('wins even over missing data', () => {
    const data = withOverride('mid', 'C', 'Opgezegd').map((r) => (r.Klant === 'mid' ? { ...r, Netwerk: null } : r));
    const mid = classify(data, overridden()).byName('mid');
    expect(mid.score).toBeNull();
    expect(mid.label).toBe('C');
    expect(mid.decision).toEqual({ kind: 'override', reason: 'Opgezegd' });
    expect(flagCodes(mid)).toEqual(['client.missing', 'client.overrideWithReason']);
  });

  it('ignores an unknown label with a signal naming the cell and the valid labels', () => {
    const c = classify(withOverride('mid', 'Z'), overridden(), { placement: { sheet: 'Klanten', headerRow: 1, firstColumn: 0 } });
    const mid = c.byName('mid');
    expect(mid.label).toBe('B');
    expect(mid.decision).toEqual({ kind: 'method' });
    // columns: Klant, Omzet, Netwerk, Betaaltermijn, Sector, Uren, Handmatige klasse (G); mid is sheet row 3
    expect(mid.flags).toEqual([
      { code: 'client.overrideUnknown', blocking: false, params: { value: 'Z', labels: 'A, B, C, D', address: 'Klanten!G3' } },
    ]);
  });
});
