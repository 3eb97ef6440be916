import { classifyByPareto, classifyByRank, classifyByScore, presetModel, PYRAMID_LABELS } from '../../src/engine';
import { classify, flagCodes, labels, model, oneCriterion, revenueRows, scoreRows } from './builders';

/** One direct criterion "Score" on a 0..10 scale, so percent = score / 10. */
const tenPoint = (classification: Record<string, unknown>) => oneCriterion(classification, { scaleMax: 10 });

describe('score classification', () => {
  const m = tenPoint({ method: 'score', thresholds: [0.7, 0.45, 0.2], labels: ['A', 'B', 'C', 'D'] });

  it('gives the first class whose limit the percentage reaches, else the last', () => {
    // 10 → 100% A; 8 → 80% A; 6 → 60% B; 3 → 30% C; 1 → 10% D; 0 → 0% D
    const c = classify(scoreRows([10, 8, 6, 3, 1, 0]), m);
    expect(labels(c)).toEqual({ c1: 'A', c2: 'A', c3: 'B', c4: 'C', c5: 'D', c6: 'D' });
  });

  it('counts a percentage exactly at a limit as reaching it', () => {
    // 7/10 = 70% → A; 4.5/10 = 45% → B; 2/10 = 20% → C; 1.9/10 = 19% → D
    const c = classify(scoreRows([7, 4.5, 2, 1.9]), m);
    expect(labels(c)).toEqual({ c1: 'A', c2: 'B', c3: 'C', c4: 'D' });
  });

  it('tolerates rounding noise of 1e-9 below a limit, but no more', () => {
    const classes = classifyByScore(Float64Array.of(0.7 - 1e-12, 0.7 - 1e-6, 0.45 - 1e-10), [0.7, 0.45, 0.2]);
    expect(Array.from(classes)).toEqual([0, 1, 1]);
  });

  it('reaches 70% with 23.1 of 33 points although 0.7 · 33 is 23.099999999999998 in floating point', () => {
    // seed weights 5/2/3/1; fractional direct scores give 5·3 + 2·3 + 3·0.7 + 1·0 = 15 + 6 + 2.1 = 23.1
    const seed = model({
      criteria: [
        { name: 'Omzet', weight: 5 },
        { name: 'Portfolio', weight: 2 },
        { name: 'Netwerk', weight: 3 },
        { name: 'Samenwerking', weight: 1 },
      ],
    });
    const c = classify([{ Klant: 'k', Omzet: 3, Portfolio: 3, Netwerk: 0.7, Samenwerking: 0 }], seed);
    expect(c.byName('k').label).toBe('A');
  });

  it('classifies one client on its own percentage', () => {
    expect(labels(classify(scoreRows([5]), m))).toEqual({ c1: 'B' });
  });

  it('leaves a client without a score unclassified (class index −1)', () => {
    const c = classify(scoreRows([10, null]), m);
    expect(c.byName('c2').classIndex).toBe(-1);
    expect(c.byName('c2').label).toBeNull();
    expect(c.byName('c2').decision).toEqual({ kind: 'unclassified' });
  });
});

describe('rank classification', () => {
  const m = tenPoint({ method: 'rank', shares: [0.2, 0.3, 0.5], labels: ['A', 'B', 'C'] });

  it('gives the first class k with K/n < shares[0] + … + shares[k]', () => {
    // 10 clients, scores 10..1; K = 10 − s.  K/n: 0, .1 → A (< .2); .2, .3, .4 → B (< .5); .5 … .9 → C
    const c = classify(scoreRows([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]), m);
    expect(c.clients.map((x) => x.label)).toEqual(['A', 'A', 'B', 'B', 'B', 'C', 'C', 'C', 'C', 'C']);
  });

  it('lets tied clients share a class', () => {
    // scores 10, 9, 9, 9, 5 (n = 5): 10 → K=0 → A; each 9 → K=1 → 1/5 = .2, not < .2, < .5 → B; 5 → K=4 → .8 → C
    const c = classify(scoreRows([9, 10, 9, 5, 9]), m);
    expect(labels(c)).toEqual({ c1: 'B', c2: 'A', c3: 'B', c4: 'C', c5: 'B' });
  });

  it('puts every client in the top class when all scores are equal', () => {
    expect(Object.values(labels(classify(scoreRows([4, 4, 4, 4]), m)))).toEqual(['A', 'A', 'A', 'A']);
  });

  it('puts a single client in the top class', () => {
    expect(labels(classify(scoreRows([0]), m))).toEqual({ c1: 'A' });
  });

  it('ranks only clients with a score (n excludes the unclassified)', () => {
    // valid scores 8 and 2 (n = 2): 8 → K=0 → A; 2 → K=1 → .5 → C; the missing one stays unclassified
    const c = classify(scoreRows([8, null, 2]), m);
    expect(labels(c)).toEqual({ c1: 'A', c2: null, c3: 'C' });
  });

  it('matches a direct call on the score column', () => {
    expect(Array.from(classifyByRank(Float64Array.of(3, NaN, 3, 1), [0.5, 0.5]))).toEqual([0, -1, 0, 1]);
  });

  it('builds the klantenpiramide of 100 clients as 1 Top, 4 Groot, 15 Middel and 80 Klein', () => {
    // 100 distinct revenues → 100 distinct linear scores; cumulative shares .01, .05, .20, 1:
    // K = 0 → Top; K = 1..4 → Groot; K = 5..19 → Middel; K = 20..99 → Klein
    const pyramid = presetModel('klantenpiramide');
    expect(pyramid.classification).toMatchObject({ method: 'rank', shares: [0.01, 0.04, 0.15, 0.8], labels: [...PYRAMID_LABELS] });
    const rows = Array.from({ length: 100 }, (_, i) => ({ Klant: `k${i + 1}`, Omzet: 1000 * (i + 1) }));
    const c = classify(rows, pyramid);
    const count = (label: string) => c.clients.filter((x) => x.label === label).length;
    expect([count('Top'), count('Groot'), count('Middel'), count('Klein')]).toEqual([1, 4, 15, 80]);
    expect(c.byName('k100').label).toBe('Top');
    expect(['k99', 'k98', 'k97', 'k96'].map((n) => c.byName(n).label)).toEqual(['Groot', 'Groot', 'Groot', 'Groot']);
    expect(c.byName('k95').label).toBe('Middel');
    expect(c.byName('k81').label).toBe('Middel');
    expect(c.byName('k80').label).toBe('Klein');
  });

  it('accepts the klantenpiramide as a preset name in a model', () => {
    const m2 = model({ criteria: [{ name: 'Score', weight: 1 }], classification: { preset: 'klantenpiramide' } });
    expect(m2.classification).toEqual({
      method: 'rank',
      preset: 'klantenpiramide',
      shares: [0.01, 0.04, 0.15, 0.8],
      labels: ['Top', 'Groot', 'Middel', 'Klein'],
    });
  });
});

describe('Pareto classification', () => {
  const m = model({
    revenue: 'Omzet',
    criteria: [{ name: 'Score', weight: 1 }],
    classification: { method: 'pareto', column: 'Omzet', cutoffs: [0.8, 0.95], labels: ['A', 'B', 'C'] },
  });
  const pareto = (revenue: (number | string | null)[]) =>
    labels(
      classify(
        revenueRows(revenue).map((r) => ({ ...r, Score: 1 })),
        m,
      ),
    );

  it('gives the first class k with G/total < cutoffs[k], G being the revenue of the strictly larger clients', () => {
    // total 100. 50: G=0 → A; 30: G=50 → .5 → A; 10: G=80 → .8 not < .8 → B; 5: G=90 → B; 3: G=95 → C; 2: G=98 → C
    expect(pareto([50, 30, 10, 5, 3, 2])).toEqual({ c1: 'A', c2: 'A', c3: 'B', c4: 'B', c5: 'C', c6: 'C' });
  });

  it('puts the client that crosses 80% in A', () => {
    // total 100: 60 → A; 30 → G=60 → .6 → A (it takes the running total from 60% to 90%); 10 → G=90 → B
    expect(pareto([10, 60, 30])).toEqual({ c1: 'B', c2: 'A', c3: 'A' });
  });

  it('lets tied clients share a class even when only some of them are needed for 80%', () => {
    // total 100: 40 → A; each 20 → G=40 → .4 → A (although 40+20+20 already reaches 80%)
    expect(pareto([20, 40, 20, 20])).toEqual({ c1: 'A', c2: 'A', c3: 'A', c4: 'A' });
    // 30, 30, 30, 10: each 30 → G=0 → A; 10 → G=90 → .9 → B
    expect(pareto([30, 30, 30, 10])).toEqual({ c1: 'A', c2: 'A', c3: 'A', c4: 'B' });
  });

  it('counts negative revenue as 0 and puts zero or negative revenue in the last class', () => {
    // clipped 100, 0, 0 → total 100; 100 → A; −50 and 0 → last class C
    const c = classify(
      revenueRows([100, -50, 0]).map((r) => ({ ...r, Score: 1 })),
      m,
    );
    expect(labels(c)).toEqual({ c1: 'A', c2: 'C', c3: 'C' });
    expect(flagCodes(c.byName('c2'))).toEqual(['client.negativeRevenue']);
    expect(c.byName('c2').flags[0]!.blocking).toBe(false);
  });

  it('puts everybody in the last class when all revenue is zero', () => {
    expect(pareto([0, 0, 0])).toEqual({ c1: 'C', c2: 'C', c3: 'C' });
  });

  it('puts one client, and equal clients, in A', () => {
    expect(pareto([500])).toEqual({ c1: 'A' });
    expect(pareto([10, 10, 10, 10])).toEqual({ c1: 'A', c2: 'A', c3: 'A', c4: 'A' });
  });

  it('leaves a client without revenue unclassified with a signal naming the cell', () => {
    const c = classify(
      revenueRows([100, null, 'abc']).map((r) => ({ ...r, Score: 1 })),
      m,
      { placement: { sheet: 'Klanten', headerRow: 1, firstColumn: 0 } },
    );
    expect(c.byName('c2').label).toBeNull();
    expect(c.byName('c2').flags).toEqual([
      expect.objectContaining({ code: 'client.missing', blocking: true, params: expect.objectContaining({ address: 'Klanten!B3' }) }),
    ]);
    expect(c.byName('c3').label).toBeNull();
    expect(c.byName('c3').flags).toEqual([
      expect.objectContaining({
        code: 'client.invalid.text',
        blocking: true,
        params: expect.objectContaining({ address: 'Klanten!B4', text: 'abc' }),
      }),
    ]);
    // the one client with revenue has all of it: G = 0 → A
    expect(c.byName('c1').label).toBe('A');
  });

  it('works on revenue alone when the model has no criteria, ranking by revenue', () => {
    const bare = model({ revenue: 'Omzet', criteria: [], classification: { method: 'pareto' } });
    const c = classify(revenueRows([200, 700, 100]), bare);
    // total 1000: 700 → A; 200 → G=700 → .7 → A; 100 → G=900 → .9 → B
    expect(labels(c)).toEqual({ c1: 'A', c2: 'A', c3: 'B' });
    expect(c.clients.map((x) => [x.score, x.percent, x.rank])).toEqual([
      [null, null, 2],
      [null, null, 1],
      [null, null, 3],
    ]);
  });

  it('matches a direct call, where the unclassified get −1', () => {
    expect(Array.from(classifyByPareto(Float64Array.of(50, NaN, 30, 20), [0.8, 0.95]))).toEqual([0, -1, 0, 1]);
  });

  it('classifies on the revenue column without criteria needing it', () => {
    const pm = presetModel('pareto8095');
    const c = classify(revenueRows([800, 150, 50]), pm);
    // total 1000: 800 → A; 150 → G=800 → .8 → B; 50 → G=950 → .95 → C
    expect(labels(c)).toEqual({ c1: 'A', c2: 'B', c3: 'C' });
  });
});

describe('revenue share, cumulative share and rank', () => {
  const m = model({ revenue: 'Omzet', criteria: [{ name: 'Score', weight: 1 }] });
  const rows = (revenue: (number | null)[], scores: number[]) =>
    revenue.map((r, i) => ({ Klant: `c${i + 1}`, Omzet: r, Score: scores[i]! }));

  it('gives each client its share of the total and the share of all clients at least as large', () => {
    // total 100; cumulative = Σ revenue ≥ own / 100: 50 → .5, 30 → .8, 10 → .9, 5 → .95, 3 → .98, 2 → 1
    const c = classify(rows([30, 50, 2, 10, 3, 5], [0, 0, 0, 0, 0, 0]), m);
    const byRevenue = [...c.clients].sort((a, b) => b.revenue! - a.revenue!);
    expect(byRevenue.map((x) => x.revenueShare)).toEqual([0.5, 0.3, 0.1, 0.05, 0.03, 0.02]);
    const cumulative = byRevenue.map((x) => x.cumulativeShare!);
    [0.5, 0.8, 0.9, 0.95, 0.98, 1].forEach((v, i) => expect(cumulative[i]).toBeCloseTo(v, 12));
  });

  it('gives tied clients the same cumulative share, counting all of them', () => {
    // 40, 20, 20, 20: cumulative of 40 = .4; each 20 → (40 + 60)/100 = 1
    const c = classify(rows([20, 40, 20, 20], [0, 0, 0, 0]), m);
    expect(c.clients.map((x) => x.cumulativeShare)).toEqual([1, 0.4, 1, 1]);
  });

  it('counts negative revenue as 0 in shares and leaves missing revenue without a share', () => {
    // clipped 100, 0; the missing client has no share; shares 1 and 0
    const c = classify(rows([100, -50, null], [0, 0, 0]), m);
    expect(c.clients.map((x) => x.revenueShare)).toEqual([1, 0, null]);
    expect(c.clients.map((x) => x.cumulativeShare)).toEqual([1, 1, null]);
    expect(c.run.revenueTotal).toBe(100);
    // revenue is not a criterion here, so a missing value is a signal, not a reason to leave the client out
    expect(c.clients[2]!.label).not.toBeNull();
    expect(c.clients[2]!.flags.every((f) => !f.blocking)).toBe(true);
  });

  it('gives shares of 0 when all revenue is zero', () => {
    const c = classify(rows([0, 0], [0, 0]), m);
    expect(c.clients.map((x) => x.revenueShare)).toEqual([0, 0]);
  });

  it('ranks by score with competition ranking (ties share the best rank, the next rank skips)', () => {
    // scores 2, 1, 2, 0 → ranks 1, 3, 1, 4
    const c = classify(rows([1, 1, 1, 1], [2, 1, 2, 0]), m);
    expect(c.clients.map((x) => x.rank)).toEqual([1, 3, 1, 4]);
  });

  it('gives no rank to a client without a score', () => {
    const c = classify(
      [
        { Klant: 'a', Omzet: 1, Score: 3 },
        { Klant: 'b', Omzet: 1, Score: null },
      ],
      m,
    );
    expect(c.clients.map((x) => x.rank)).toEqual([1, null]);
  });
});
