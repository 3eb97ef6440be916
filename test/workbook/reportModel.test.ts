import { presetModel, validateModel, type ScoringModel } from '../../src/engine';
import { textsFor } from '../../src/i18n/catalog';
import { modelTable } from '../../src/workbook/reportModel';

function model(raw: unknown): ScoringModel {
  const v = validateModel(raw);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.model;
}

const values = (rows: ReturnType<typeof modelTable>) => rows.map((r) => r.map((c) => c.value));

describe('the model on the report sheet', () => {
  test('reads as an English table: thresholds with their steps, rank shares, rules and the manual class', () => {
    const m = model({
      version: 1,
      name: 'Eigen model',
      scaleMax: 3,
      revenue: 'Omzet',
      criteria: [
        { name: 'Omzet', weight: 4, scoring: { type: 'thresholds', direction: 'higher', thresholds: [10000, 25000, 50000] } },
        { name: 'Reistijd', weight: 1, scoring: { type: 'linear', direction: 'lower' } },
      ],
      classification: { method: 'rank', shares: [0.2, 0.3, 0.5], labels: ['A', 'B', 'C'] },
      rules: [{ when: { criterion: 'Reistijd', op: '>', value: 2 }, atMost: 'B' }],
      override: { column: 'Handmatig' },
    });
    expect(values(modelTable(textsFor('en'), m))).toEqual([
      ['Model used', 'Eigen model'],
      ['Criterion', 'Column', 'Weight', 'Scoring'],
      ['Omzet', 'Omzet', 4, 'thresholds (higher is better): 1 from 10,000, 2 from 25,000, 3 from 50,000'],
      ['Reistijd', 'Reistijd', 1, 'linear (lower is better)'],
      ['Score scale', '0 to 3'],
      ['Class method', 'rank shares'],
      ['Classes', 'A 20% of clients, B 30% of clients, C 50% of clients'],
      ['Revenue column', 'Omzet'],
      ['Rule 1', 'Reistijd > 2: at most B'],
      ['Manual class', 'Handmatig'],
    ]);
  });

  test('names the klantenpiramide and Pareto limits in Dutch', () => {
    expect(values(modelTable(textsFor('nl'), presetModel('klantenpiramide')))).toContainEqual(['Indeling', 'klantenpiramide']);
    expect(values(modelTable(textsFor('nl'), presetModel('pareto8095')))).toContainEqual([
      'Klassen',
      'A tot 80% van de omzet, B tot 95% van de omzet, C',
    ]);
  });
});
