import { CLIENT_TYPES, clientTypeOf, clientTypes, median, quadrants } from '../../../src/engine';
import { t } from '../../../src/i18n/catalog';

const col = (values: number[]) => Float64Array.from(values);

describe('client types (value × potential)', () => {
  // Revenue limit €20 000, potential (0–3 judgement) limit 2.
  const revenue = col([50000, 45000, 8000, 5000, 20000, NaN]);
  const potential = col([3, 1, 2, 0, 2, 3]);

  it('happy path: Strategisch, Groot, Ontwikkeling, Transactioneel', () => {
    const q = clientTypes(revenue, potential, { value: 20000, potential: 2 });
    const types = Array.from(q.quadrant, clientTypeOf);
    expect(types).toEqual(['strategic', 'large', 'development', 'transactional', 'strategic', null]);
    expect(q.counts).toEqual([2, 1, 1, 1]);
    expect(q.unknown).toBe(1);
  });

  it('a value exactly on the limit counts as high', () => {
    const q = clientTypes(col([20000]), col([2]), { value: 20000, potential: 2 });
    expect(clientTypeOf(q.quadrant[0]!)).toBe('strategic');
  });

  it('the default limits are the medians of the clients with a value', () => {
    // Each axis uses its own values: revenue 5 000, 8 000, 20 000, 45 000, 50 000 → 20 000;
    // potential 0, 1, 2, 2, 3, 3 → (2 + 2) / 2 = 2.
    const q = clientTypes(revenue, potential);
    expect(q.limits).toEqual({ x: 20000, y: 2 });
    expect(q.counts).toEqual([2, 1, 1, 1]);
  });

  it('every type has a name and a strategy in both languages', () => {
    for (const type of CLIENT_TYPES) {
      for (const lang of ['nl', 'en'] as const) {
        expect(t(lang, `insight.type.${type}`)).not.toMatch(/^insight\./);
        expect(t(lang, `insight.type.${type}.strategy`)).not.toMatch(/^insight\./);
      }
    }
    expect(t('nl', 'insight.type.strategic')).toBe('Strategisch');
    expect(t('nl', 'insight.type.transactional')).toBe('Transactioneel');
  });
});

describe('quadrants and median', () => {
  it('median of an odd and an even count, NaN left out', () => {
    expect(median(col([5, 1, 3]))).toBe(3);
    expect(median(col([4, NaN, 1, 3, 2]))).toBe(2.5);
    expect(Number.isNaN(median(col([NaN])))).toBe(true);
  });

  it('an axis without any value leaves every client unknown', () => {
    const q = quadrants(col([NaN, NaN]), col([1, 2]));
    expect(q.unknown).toBe(2);
    expect(q.counts).toEqual([0, 0, 0, 0]);
  });
});
