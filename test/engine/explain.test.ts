import { explainClient, summarize } from '../../src/engine';
import { textsFor } from '../../src/i18n/catalog';
import { approachText, explanationText, signalsText } from '../../src/i18n/explain';
import { classify, model, oneCriterion, SEED_CRITERIA, type Row } from './builders';

const seedRows = [
  { Klant: 'Opdrachtgever 1', Omzet: 3, Portfolio: 2, Netwerk: 2, Samenwerking: 2 },
  { Klant: 'Opdrachtgever 2', Omzet: 1, Portfolio: 2, Netwerk: 1, Samenwerking: 1 },
];
const seed = model({ criteria: SEED_CRITERIA });

describe('the explanation of a client', () => {
  const c = classify(seedRows, seed);

  it('gives the points per criterion: value, score, weight and score × weight', () => {
    const e = explainClient(c.run, 1);
    expect(e.points).toEqual([
      { criterion: 'Omzet', value: 1, score: 1, weight: 5, points: 5 },
      { criterion: 'Portfolio', value: 2, score: 2, weight: 2, points: 4 },
      { criterion: 'Netwerk', value: 1, score: 1, weight: 3, points: 3 },
      { criterion: 'Samenwerking', value: 1, score: 1, weight: 1, points: 1 },
    ]);
    expect(e.method).toBe('score');
    expect(e.client.score).toBe(13);
  });

  it('names the limit the client reached', () => {
    expect(explainClient(c.run, 0).threshold).toBe(0.7);
    expect(explainClient(c.run, 1).threshold).toBe(0.2);
  });

  it('gives no gap for the top class', () => {
    expect(explainClient(c.run, 0).gap).toBeUndefined();
  });

  it('gives the points needed for the next class under score classes', () => {
    // C → B needs 45% of 33 = 14.85 points; the client has 13 → 1.85 more
    // 0,45 × 33 − 13 = 1,85, but scores move in whole points: 2 points are needed.
    expect(explainClient(c.run, 1).gap).toEqual({ kind: 'points', amount: 2, label: 'B' });
  });

  it('gives a gap that really reaches the next class, and one cent less does not', () => {
    // Add the 1.85 points on Samenwerking (weight 1) as a fractional direct score: 1 → 2.85
    const moved = (extra: number) => classify([seedRows[0]!, { ...seedRows[1]!, Samenwerking: 1 + extra }], seed).byName('Opdrachtgever 2');
    expect(moved(1.85).label).toBe('B');
    expect(moved(1.84).label).toBe('C');
  });

  it('gives no gap when a rule or an override decided the class', () => {
    const ruled = model({ criteria: SEED_CRITERIA, rules: [{ when: { criterion: 'Netwerk', op: '<=', value: 1 }, atMost: 'D' }] });
    const r = classify(seedRows, ruled);
    expect(r.byName('Opdrachtgever 2').label).toBe('D');
    expect(explainClient(r.run, 1).gap).toBeUndefined();
  });

  it('shows missing points as null, never as 0', () => {
    const r = classify([{ ...seedRows[0]!, Netwerk: null }], seed);
    const e = explainClient(r.run, 0);
    expect(e.points[2]).toEqual({ criterion: 'Netwerk', value: null, score: null, weight: 3, points: null });
    expect(e.gap).toBeUndefined();
  });
});

describe('the gap under rank classes', () => {
  const m = oneCriterion({ method: 'rank', shares: [0.2, 0.3, 0.5], labels: ['A', 'B', 'C'] }, { scaleMax: 10 });
  const scores = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
  const rows = (s: number[]) => s.map((x, i) => ({ Klant: `c${i + 1}`, Score: x }));

  it('names rank ranges instead of points: the own class and the nearest better one', () => {
    // A = {10, 9} ranks 1–2, B = {8, 7, 6} ranks 3–5, C = {5 … 1} ranks 6–10.
    const c = classify(rows(scores), m);
    expect(explainClient(c.run, 2).gap).toBeUndefined();
    expect(explainClient(c.run, 2).rankRanges).toEqual([
      { label: 'B', from: 3, to: 5 },
      { label: 'A', from: 1, to: 2 },
    ]);
    expect(explainClient(c.run, 7).rankRanges).toEqual([
      { label: 'C', from: 6, to: 10 },
      { label: 'B', from: 3, to: 5 },
    ]);
    expect(explainClient(c.run, 0).rankRanges).toEqual([{ label: 'A', from: 1, to: 2 }]);
    expect(explanationText(textsFor('nl'), c.run, 2)).toContain('klasse B: rang 3 van 10; B = rang 3–5; A = rang 1–2');
    expect(explanationText(textsFor('en'), c.run, 0)).toContain('class A: rank 1 of 10; A = rank 1–2; top class');
  });
});

describe('the gap under Pareto classes', () => {
  const m = model({
    revenue: 'Omzet',
    criteria: [{ name: 'Score', weight: 1 }],
    classification: { method: 'pareto', cutoffs: [0.8, 0.95], labels: ['A', 'B', 'C'] },
  });
  const rows = (revenue: number[]) => revenue.map((r, i) => ({ Klant: `c${i + 1}`, Omzet: r, Score: 1 }));
  const revenue = [50, 30, 10, 5, 3, 2];

  it('is the revenue needed to equal the smallest client of the next better class', () => {
    // A = {50, 30}, B = {10, 5}, C = {3, 2}: the 10 needs 30 − 10 = 20; the 3 needs 5 − 3 = 2
    const c = classify(rows(revenue), m);
    expect(explainClient(c.run, 2).gap).toEqual({ kind: 'value', column: 'Omzet', amount: 20, label: 'A', money: true });
    expect(explainClient(c.run, 4).gap).toEqual({ kind: 'value', column: 'Omzet', amount: 2, label: 'B', money: true });
    // Revenue gaps are money, and the class is explained in revenue share.
    expect(explanationText(textsFor('nl'), c.run, 4)).toMatch(/\(C = 95%–100% van de omzet\); nog €\s2 Omzet tot B$/);
    expect(explainClient(c.run, 0).gap).toBeUndefined();
  });

  it('moves the client to that class when added to its revenue', () => {
    const c = classify(rows(revenue), m);
    for (const i of [2, 3, 4, 5]) {
      const gap = explainClient(c.run, i).gap!;
      const raised = revenue.map((r, j) => (j === i ? r + gap.amount : r));
      const again = classify(rows(raised), m).clients[i]!;
      expect(again.classIndex).toBeLessThanOrEqual(m.classification.labels.indexOf(gap.label));
    }
  });

  it('is a whole number of cents that is enough, so the shown amount never falls short', () => {
    // total 920.124: 500 → A; 300.124 → G = 500 → 54% → A; 100 → G = 800.124 → 87% → B; 20 → G = 900.124 → 97.8% → C.
    // The 100 needs 300.124 − 100 = 200.124 → stored and shown as 200.13 (200.12 would fall short)
    const money = [500, 300.124, 100, 20];
    const c = classify(rows(money), m);
    expect(c.clients.map((x) => x.label)).toEqual(['A', 'A', 'B', 'C']);
    const gap = explainClient(c.run, 2).gap!;
    expect(gap.amount).toBe(200.13);
    const again = classify(rows(money.map((r, j) => (j === 2 ? r + gap.amount : r))), m);
    expect(again.clients[2]!.label).toBe('A');
  });

  it('skips an empty better class and aims at the next one that has clients', () => {
    // one giant client: 1000 → A; 1 → G = 1000 of 1002 = 99.8% → C; B is empty → the 1 needs 999 to reach A
    const c = classify(rows([1000, 1, 1]), m);
    expect(c.clients.map((x) => x.label)).toEqual(['A', 'C', 'C']);
    expect(explainClient(c.run, 1).gap).toEqual({ kind: 'value', column: 'Omzet', amount: 999, label: 'A', money: true });
  });
});

describe('the per-class summary', () => {
  it('counts clients, revenue, revenue share and average score per class', () => {
    const m = oneCriterion({ thresholds: [0.7, 0.45, 0.2] }, { scaleMax: 10, revenue: 'Omzet' });
    const c = classify(
      [
        { Klant: 'a', Score: 9, Omzet: 500 },
        { Klant: 'b', Score: 8, Omzet: 300 },
        { Klant: 'c', Score: 5, Omzet: 150 },
        { Klant: 'd', Score: 1, Omzet: -50 },
        { Klant: 'e', Score: null, Omzet: 100 },
      ],
      m,
    );
    // classes: a 90% A, b 80% A, c 50% B, d 10% D, e unclassified.
    // revenue total (negative as 0) = 500 + 300 + 150 + 0 + 100 = 1050
    const s = summarize(c.run);
    expect(s.clients).toBe(5);
    expect(s.unclassified).toBe(1);
    expect(s.revenueTotal).toBe(1050);
    expect(s.classes.map((k) => [k.label, k.count, k.revenue, k.averageScore])).toEqual([
      ['A', 2, 800, 8.5],
      ['B', 1, 150, 5],
      ['C', 0, 0, null],
      ['D', 1, -50, 1],
    ]);
    expect(s.classes[0]!.revenueShare).toBeCloseTo(800 / 1050, 12);
    expect(s.classes[1]!.revenueShare).toBeCloseTo(150 / 1050, 12);
    expect(s.classes[2]!.revenueShare).toBe(0);
    expect(s.classes[3]!.revenueShare).toBe(0);
    expect(s.classes[0]!.averagePercent).toBeCloseTo(0.85, 12);
  });
});

describe('the explanation text', () => {
  const c = classify(seedRows, seed);

  it('reads the sum criterion by criterion, the class and the gap in Dutch', () => {
    expect(explanationText(textsFor('nl'), c.run, 0)).toBe(
      'Omzet 3×5 = 15 + Portfolio 2×2 = 4 + Netwerk 2×3 = 6 + Samenwerking 2×1 = 2; totaal 27 van 33 (81,8%); klasse A: score 81,8% ≥ grens 70%; hoogste klasse',
    );
    expect(explanationText(textsFor('nl'), c.run, 1)).toContain(
      'totaal 13 van 33 (39,4%); klasse C: score 39,4% ≥ grens 20%; nog 2 punten tot B',
    );
  });

  it('reads the same in English', () => {
    expect(explanationText(textsFor('en'), c.run, 1)).toBe(
      'Omzet 1×5 = 5 + Portfolio 2×2 = 4 + Netwerk 1×3 = 3 + Samenwerking 1×1 = 1; total 13 of 33 (39.4%); class C: score 39.4% ≥ limit 20%; 2 more points to B',
    );
  });

  it('names the blocking problem of an unclassified client', () => {
    const r = classify([{ ...seedRows[0]!, Netwerk: 'veel' }], seed, { placement: { sheet: 'Klanten', headerRow: 1, firstColumn: 0 } });
    expect(explanationText(textsFor('nl'), r.run, 0)).toBe(
      'Omzet 3×5 = 15 + Portfolio 2×2 = 4 + Netwerk: geen score + Samenwerking 2×1 = 2; Netwerk "veel" is geen getal (Klanten!D2); niet ingedeeld.',
    );
    expect(signalsText(textsFor('en'), r.run, 0)).toBe('Netwerk "veel" is not a number (Klanten!D2); not classified.');
    expect(approachText(textsFor('nl'), r.run, 0)).toBe('Eerst de ontbrekende gegevens aanvullen.');
  });

  it('names the rule that moved the class', () => {
    const ruled = model({ criteria: SEED_CRITERIA, rules: [{ when: { criterion: 'Netwerk', op: '<=', value: 1 }, atMost: 'D' }] });
    expect(explanationText(textsFor('nl'), classify(seedRows, ruled).run, 1)).toContain('regel 1 (Netwerk <= 1) zet C naar D');
  });

  it('gives the approach by class position: first class cherish, last class remediate', () => {
    expect(approachText(textsFor('nl'), c.run, 0)).toMatch(/^Koesteren/);
    const four = classify([{ ...seedRows[0]!, Omzet: 0, Portfolio: 0, Netwerk: 0, Samenwerking: 0 }], seed);
    expect(approachText(textsFor('en'), four.run, 0)).toMatch(/^Remediate/);
  });

  it('maps three classes onto cherish, develop and remediate', () => {
    const three = model({ criteria: SEED_CRITERIA, classification: { method: 'score', thresholds: [0.7, 0.4], labels: ['A', 'B', 'C'] } });
    // seed client 1: 27/33 = 82% → A; client 2: 13/33 = 39% → C; a client at 18/33 = 55% → B.
    const rows = [...seedRows, { ...seedRows[0]!, Klant: 'Midden', Omzet: 2, Portfolio: 2, Netwerk: 1, Samenwerking: 1 }];
    const r = classify(rows, three).run;
    expect([0, 1, 2].map((i) => approachText(textsFor('nl'), r, i).split(':')[0])).toEqual(['Koesteren', 'Saneren', 'Uitbouwen']);
  });
});

describe('explanation with computed limits', () => {
  it('names no gap when the better class is empty (one dominant client)', () => {
    // ABCanalysis puts the A/B limit value itself in B, so 100 against forty 1s leaves A empty.
    const rows: Row[] = [{ Klant: 'Groot', Omzet: 100 }, ...Array.from({ length: 40 }, (_, i) => ({ Klant: `K${i}`, Omzet: 1 }))];
    const m = model({ criteria: [], classification: { method: 'computed', column: 'Omzet' } });
    const r = classify(rows, m).run;
    expect(r.classIndex[0]).toBe(1);
    expect(explainClient(r, 0).gap).toBeUndefined();
    expect(explanationText(textsFor('nl'), r, 0)).not.toMatch(/Infinity|∞/);
  });
});

describe('the klantenpiramide advice', () => {
  // 100 clients on one score each: Top 1%, Groot 4%, Middel 15%, Klein 80% by rank.
  const m = oneCriterion(
    { method: 'rank', preset: 'klantenpiramide', shares: [0.01, 0.04, 0.15, 0.8], labels: ['Top', 'Groot', 'Middel', 'Klein'] },
    { scaleMax: 10 },
  );
  const c = classify(
    Array.from({ length: 100 }, (_, i) => ({ Klant: `k${i}`, Score: 10 - i / 10 })),
    m,
  );

  it('never tells the bottom layer (80% of all clients by design) to part ways', () => {
    const small = approachText(textsFor('nl'), c.run, 99);
    expect(c.clients[99]!.label).toBe('Klein');
    expect(small).toMatch(/klein is niet hetzelfde als onrendabel/);
    expect(small).not.toMatch(/afscheid/);
    expect(approachText(textsFor('en'), c.run, 99)).toMatch(/small is not the same as unprofitable/);
    expect(approachText(textsFor('nl'), c.run, 0)).toMatch(/^Koesteren/);
  });

  it('asks to check before parting ways in the last class of other methods', () => {
    const four = classify([{ ...seedRows[0]!, Omzet: 0, Portfolio: 0, Netwerk: 0, Samenwerking: 0 }], seed);
    expect(approachText(textsFor('nl'), four.run, 0)).toBe(
      'Saneren: ga eerst na waarom (onrendabel of alleen klein?), bespreek tarief en voorwaarden; afscheid pas na een kosten-batenafweging.',
    );
  });
});
