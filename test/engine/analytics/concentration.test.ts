import fc from 'fast-check';
import { concentration, DEFAULT_CONCENTRATION_LIMIT } from '../../../src/engine';

const col = (values: number[]) => Float64Array.from(values);

describe('concentration', () => {
  it('happy path: shares, top 3, Herfindahl and the 20% warning', () => {
    // Total 100: shares 0.5, 0.3, 0.2. HHI = 0.25 + 0.09 + 0.04 = 0.38. 0.2 is not more than 20%.
    const c = concentration(col([50, 30, 20]));
    expect(c.limit).toBe(DEFAULT_CONCENTRATION_LIMIT);
    expect(c.clients).toBe(3);
    expect(c.total).toBe(100);
    expect(c.largestIndex).toBe(0);
    expect(c.largestShare).toBeCloseTo(0.5, 12);
    expect(c.top3Share).toBeCloseTo(1, 12);
    expect(c.herfindahl).toBeCloseTo(0.38, 12);
    expect(c.equivalentClients).toBeCloseTo(1 / 0.38, 12);
    expect(c.aboveLimit.map((a) => a.index)).toEqual([0, 1]);
    expect(c.warning).toBe(true);
  });

  it('leaves out missing revenue and counts a credit note as 0', () => {
    // Clients with a value: -100 (→ 0), 40, 10, 30, 20; total 100. Top 3 = 0.4 + 0.3 + 0.2.
    // HHI = 0.16 + 0.01 + 0.09 + 0.04 = 0.30.
    const c = concentration(col([NaN, -100, 40, 10, 30, 20]), { limit: 0.35 });
    expect(c.clients).toBe(5);
    expect(c.total).toBe(100);
    expect(c.largestIndex).toBe(2);
    expect(c.top3Share).toBeCloseTo(0.9, 12);
    expect(c.herfindahl).toBeCloseTo(0.3, 12);
    expect(c.aboveLimit).toEqual([{ index: 2, share: expect.closeTo(0.4, 12) }]);
  });

  it('ten equal clients: HHI 1/10 and no warning', () => {
    const c = concentration(new Float64Array(10).fill(1000));
    expect(c.herfindahl).toBeCloseTo(0.1, 12);
    expect(c.equivalentClients).toBeCloseTo(10, 9);
    expect(c.largestShare).toBeCloseTo(0.1, 12);
    expect(c.top3Share).toBeCloseTo(0.3, 12);
    expect(c.warning).toBe(false);
  });

  it('one client has everything: HHI 1', () => {
    const c = concentration(col([0, 5000, 0]));
    expect(c.herfindahl).toBe(1);
    expect(c.largestIndex).toBe(1);
    expect(c.largestShare).toBe(1);
  });

  it('ties for the largest: the first row is named', () => {
    expect(concentration(col([30, 40, 40])).largestIndex).toBe(1);
  });

  it('no revenue at all: zeros, no warning, no NaN', () => {
    for (const values of [[], [NaN], [0, 0], [-5]]) {
      const c = concentration(col(values));
      expect(c).toMatchObject({
        total: 0,
        largestIndex: -1,
        largestShare: 0,
        top3Share: 0,
        herfindahl: 0,
        equivalentClients: 0,
        warning: false,
      });
    }
  });

  it('the limit is configurable', () => {
    expect(concentration(col([50, 30, 20]), { limit: 0.6 }).warning).toBe(false);
    expect(concentration(col([50, 30, 20]), { limit: 0.1 }).aboveLimit).toHaveLength(3);
  });

  describe('properties', () => {
    const RUNS = { seed: 20240607, numRuns: 200 };
    const revenue = fc.array(
      fc.oneof(
        { weight: 10, arbitrary: fc.double({ min: 0, max: 1e7, noNaN: true }) },
        { weight: 1, arbitrary: fc.constantFrom(NaN, -250) },
      ),
      { minLength: 1, maxLength: 60 },
    );

    it('HHI lies between 1/n and 1 for n clients with a value, and the top 3 hold at least the largest share', () => {
      fc.assert(
        fc.property(revenue, (values) => {
          const c = concentration(col(values));
          fc.pre(c.total > 0);
          expect(c.herfindahl).toBeGreaterThanOrEqual(1 / c.clients - 1e-12);
          expect(c.herfindahl).toBeLessThanOrEqual(1 + 1e-12);
          expect(c.top3Share).toBeGreaterThanOrEqual(c.largestShare - 1e-12);
          expect(c.largestShare).toBeGreaterThanOrEqual(1 / c.clients - 1e-12);
          expect(c.aboveLimit.every((a) => a.share > c.limit)).toBe(true);
        }),
        RUNS,
      );
    });

    it('does not depend on the order of the rows', () => {
      fc.assert(
        fc.property(revenue, (values) => {
          const a = concentration(col(values));
          const b = concentration(col([...values].reverse()));
          expect(b.herfindahl).toBeCloseTo(a.herfindahl, 12);
          expect(b.top3Share).toBeCloseTo(a.top3Share, 12);
          expect(b.aboveLimit.length).toBe(a.aboveLimit.length);
        }),
        RUNS,
      );
    });
  });
});
