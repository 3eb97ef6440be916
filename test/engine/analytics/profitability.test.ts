import { classifyByScore, profitability, profitabilityColumn, profitabilityTotals, scoreCriterion } from '../../../src/engine';

const col = (values: number[]) => Float64Array.from(values);

describe('profitability', () => {
  it('happy path with costs: margin, margin % and no revenue per hour without hours', () => {
    // 10 000 − 6 000 = 4 000 (40%); 5 000 − 5 500 = −500 (−10%).
    const p = profitability({ revenue: col([10000, 5000]), costs: col([6000, 5500]) });
    expect(Array.from(p.margin)).toEqual([4000, -500]);
    expect(Array.from(p.marginPercent)).toEqual([0.4, -0.1]);
    expect(Array.from(p.revenuePerHour).every(Number.isNaN)).toBe(true);
    expect(p.hasMargin).toBe(true);
    expect(p.hasHours).toBe(false);
    expect(p.missing.size).toBe(0);
  });

  it('hours with one cost per hour: cost = hours × rate, revenue per hour = revenue / hours', () => {
    // 40 h × €75 = €3 000 → margin €9 000 on €12 000 (75%), €300 per hour.
    // 100 h × €75 = €7 500 → margin −€1 500 on €6 000 (−25%), €60 per hour.
    const p = profitability({ revenue: col([12000, 6000]), hours: col([40, 100]), costPerHour: 75 });
    expect(Array.from(p.cost)).toEqual([3000, 7500]);
    expect(Array.from(p.margin)).toEqual([9000, -1500]);
    expect(Array.from(p.marginPercent)).toEqual([0.75, -0.25]);
    expect(Array.from(p.revenuePerHour)).toEqual([300, 60]);
  });

  it('costs plus hours at a rate per client add up', () => {
    // 1 000 + 10 × 50 = 1 500 and 0 + 20 × 80 = 1 600.
    const p = profitability({ revenue: col([2000, 2000]), costs: col([1000, 0]), hours: col([10, 20]), costPerHour: col([50, 80]) });
    expect(Array.from(p.cost)).toEqual([1500, 1600]);
    expect(Array.from(p.margin)).toEqual([500, 400]);
  });

  it('hours without a cost per hour give revenue per hour but no margin', () => {
    const p = profitability({ revenue: col([900]), hours: col([12]) });
    expect(p.hasMargin).toBe(false);
    expect(Number.isNaN(p.margin[0]!)).toBe(true);
    expect(p.revenuePerHour[0]).toBe(75);
  });

  it('a missing value never becomes 0: the measure is unknown and the missing input is named', () => {
    const p = profitability({ revenue: col([NaN, 1000, 1000]), costs: col([100, NaN, 100]), hours: col([5, 5, NaN]), costPerHour: 10 });
    expect(Array.from(p.margin).map(Number.isNaN)).toEqual([true, true, true]);
    expect(p.missing.get(0)).toEqual(['revenue']);
    expect(p.missing.get(1)).toEqual(['costs']);
    expect(p.missing.get(2)).toEqual(['hours']);
    expect(Number.isNaN(p.revenuePerHour[2]!)).toBe(true);
  });

  it('zero revenue or zero hours: no margin % and no revenue per hour (no division by zero)', () => {
    const p = profitability({ revenue: col([0]), costs: col([200]), hours: col([0]) });
    expect(p.margin[0]).toBe(-200);
    expect(Number.isNaN(p.marginPercent[0]!)).toBe(true);
    expect(Number.isNaN(p.revenuePerHour[0]!)).toBe(true);
  });

  it('totals: Σ margin / Σ revenue over clients with a known margin, Σ revenue / Σ hours', () => {
    // Known margins: clients 0 and 1: revenue 12 000 + 6 000, cost 3 000 + 7 500 → margin 7 500 (41.67%).
    // Revenue per hour: (12 000 + 6 000) / (40 + 100) = 128.57…; client 2 lacks hours.
    const input = { revenue: col([12000, 6000, 800]), hours: col([40, 100, NaN]), costPerHour: 75 };
    const totals = profitabilityTotals(input);
    expect(totals).toEqual({
      clients: 2,
      revenue: 18000,
      cost: 10500,
      margin: 7500,
      marginPercent: expect.closeTo(7500 / 18000, 12),
      revenuePerHour: expect.closeTo(18000 / 140, 12),
      lossMaking: 1,
    });
  });

  it('a measure is a column a criterion can score ("rendement" by thresholds)', () => {
    // Margin % 40%, −10%, 25% against thresholds 0, 0.2, 0.35 (M = 3) → scores 3, 0, 2.
    const margin = profitabilityColumn({ revenue: col([10000, 5000, 8000]), costs: col([6000, 5500, 6000]) }, 'marginPercent');
    const scored = scoreCriterion(margin, { type: 'thresholds', direction: 'higher', thresholds: [0, 0.2, 0.35] }, 3);
    expect(Array.from(scored.scores)).toEqual([3, 0, 2]);
    expect(
      Array.from(
        classifyByScore(
          scored.scores.map((s) => s / 3),
          [0.7, 0.4],
        ),
      ),
    ).toEqual([0, 2, 1]);
  });
});
