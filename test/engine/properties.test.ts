import fc from 'fast-check';
import { explainClient, summarize, type CellValue, type ClientResult, type ScoringModel } from '../../src/engine';
import { classify, model, type Row } from './builders';

/**
 * Invariants that must hold for any client table, checked on random tables with a fixed seed so a
 * failure is reproducible. Hand-computed cases live in the topic files; these guard the corners.
 */
const RUNS = { seed: 42, numRuns: 200 };

const MODELS: Record<string, ScoringModel> = {
  score: model({
    revenue: 'Omzet',
    criteria: [
      { name: 'Omzet', weight: 3, scoring: { type: 'quantiles' } },
      { name: 'Netwerk', weight: 2 },
      { name: 'Portfolio', weight: 1 },
    ],
  }),
  rank: model({
    revenue: 'Omzet',
    criteria: [
      { name: 'Omzet', weight: 2, scoring: { type: 'linear' } },
      { name: 'Netwerk', weight: 1 },
      { name: 'Portfolio', weight: 1 },
    ],
    classification: { method: 'rank', shares: [0.2, 0.3, 0.5], labels: ['A', 'B', 'C'] },
  }),
  pyramid: model({
    revenue: 'Omzet',
    criteria: [
      { name: 'Omzet', weight: 1, scoring: { type: 'thresholds', thresholds: [100, 1000, 5000] } },
      { name: 'Netwerk', weight: 1 },
    ],
    classification: { preset: 'klantenpiramide' },
  }),
  pareto: model({
    revenue: 'Omzet',
    criteria: [
      { name: 'Netwerk', weight: 1 },
      { name: 'Portfolio', weight: 1, scoring: { type: 'quantiles', direction: 'lower' } },
    ],
    classification: { method: 'pareto', cutoffs: [0.8, 0.95], labels: ['A', 'B', 'C'] },
  }),
  zero: model({
    revenue: 'Omzet',
    missing: 'zero',
    criteria: [
      { name: 'Netwerk', weight: 2 },
      { name: 'Portfolio', weight: 1, scoring: { type: 'linear', direction: 'lower' } },
    ],
  }),
  rules: model({
    revenue: 'Omzet',
    criteria: [
      { name: 'Netwerk', weight: 2 },
      { name: 'Portfolio', weight: 1 },
    ],
    rules: [
      { when: { criterion: 'Portfolio', op: '<=', value: 0 }, atMost: 'C' },
      { when: { column: 'Omzet', op: '>', value: 8000 }, atLeast: 'B' },
    ],
  }),
};
const modelName = fc.constantFrom(...Object.keys(MODELS));

/** A score cell: mostly 0..3, sometimes fractional, missing, "n.v.t." or text. */
const scoreCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 3 }) },
  { weight: 2, arbitrary: fc.constantFrom(0.5, 1.5, 2.5) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, 'n.v.t.', 'abc', { error: '#N/A' }) },
);
/** A revenue cell: mostly amounts (with ties and credit notes), sometimes missing. */
const revenueCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: 0, max: 10000 }) },
  { weight: 3, arbitrary: fc.constantFrom(0, 100, 1000) },
  { weight: 1, arbitrary: fc.integer({ min: -500, max: -1 }) },
  { weight: 1, arbitrary: fc.constant<CellValue>(null) },
);
const table = fc
  .array(fc.record({ Omzet: revenueCell, Netwerk: scoreCell, Portfolio: scoreCell }), { minLength: 1, maxLength: 30 })
  .map((rows) => rows.map((r, i): Row => ({ Klant: `c${i + 1}`, ...r })));

/** A client result without what depends on its row position. */
const positionFree = (c: ClientResult) => ({
  ...c,
  index: undefined,
  dataRow: undefined,
  flags: c.flags.map((f) => ({ ...f, params: { ...f.params, address: undefined } })),
});

function everyNumber(value: unknown, path: string, out: string[]): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
    return;
  }
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) everyNumber(v, `${path}.${k}`, out);
}

describe('engine invariants on random tables', () => {
  it('never changes any client result when the rows are permuted', () => {
    const withOrder = table.chain((rows) =>
      fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })),
    );
    fc.assert(
      fc.property(withOrder, modelName, ([rows, shuffled], name) => {
        const a = classify(rows, MODELS[name]!);
        const b = classify(shuffled, MODELS[name]!);
        for (const client of a.clients) expect(positionFree(b.byName(client.name))).toEqual(positionFree(client));
      }),
      RUNS,
    );
  });

  it('never lowers a client class when one of its criterion scores rises (no rules)', () => {
    const direct = fc.array(
      fc.record({
        Omzet: fc.integer({ min: 0, max: 3 }),
        Netwerk: fc.integer({ min: 0, max: 3 }),
        Portfolio: fc.integer({ min: 0, max: 3 }),
      }),
      { minLength: 1, maxLength: 30 },
    );
    const models = [
      model({
        criteria: [
          { name: 'Omzet', weight: 5 },
          { name: 'Netwerk', weight: 3 },
          { name: 'Portfolio', weight: 2 },
        ],
      }),
      model({
        criteria: [
          { name: 'Omzet', weight: 5 },
          { name: 'Netwerk', weight: 3 },
          { name: 'Portfolio', weight: 2 },
        ],
        classification: { method: 'rank', shares: [0.2, 0.3, 0.5] },
      }),
      model({
        criteria: [
          { name: 'Omzet', weight: 1 },
          { name: 'Netwerk', weight: 1 },
          { name: 'Portfolio', weight: 0 },
        ],
        classification: { preset: 'klantenpiramide' },
      }),
    ];
    const criterion = fc.constantFrom('Omzet', 'Netwerk', 'Portfolio');
    fc.assert(
      fc.property(direct, fc.nat(), criterion, fc.integer({ min: 1, max: 3 }), fc.constantFrom(0, 1, 2), (raw, pick, key, step, m) => {
        const rows: Row[] = raw.map((r, i) => ({ Klant: `c${i + 1}`, ...r }));
        const i = pick % rows.length;
        const before = classify(rows, models[m]!).clients[i]!;
        const raised = rows.map((r, j) => (j === i ? { ...r, [key]: Math.min(3, (r[key] as number) + step) } : r));
        const after = classify(raised, models[m]!).clients[i]!;
        expect(after.classIndex).toBeLessThanOrEqual(before.classIndex);
      }),
      RUNS,
    );
  });

  it('gives revenue shares that sum to 1 whenever the revenue total is positive', () => {
    fc.assert(
      fc.property(table, modelName, (rows, name) => {
        const c = classify(rows, MODELS[name]!);
        const shares = c.clients.map((x) => x.revenueShare).filter((x): x is number => x !== null);
        const sum = shares.reduce((a, b) => a + b, 0);
        if (c.run.revenueTotal > 0) expect(sum).toBeCloseTo(1, 9);
        else expect(sum).toBe(0);
        for (const x of c.clients)
          if (x.cumulativeShare !== null) expect(x.cumulativeShare).toBeGreaterThanOrEqual(x.revenueShare! - 1e-12);
      }),
      RUNS,
    );
  });

  it('returns no NaN or Infinity in any client result, explanation or summary', () => {
    fc.assert(
      fc.property(table, modelName, (rows, name) => {
        const c = classify(rows, MODELS[name]!);
        const bad: string[] = [];
        c.clients.forEach((x, i) => {
          everyNumber(x, `client ${x.name}`, bad);
          everyNumber(explainClient(c.run, i), `explanation ${x.name}`, bad);
        });
        everyNumber(summarize(c.run), 'summary', bad);
        expect(bad).toEqual([]);
      }),
      RUNS,
    );
  });

  it('keeps rank classes monotone in the score and Pareto classes monotone in revenue, ties together', () => {
    fc.assert(
      fc.property(table, fc.constantFrom('rank', 'pyramid', 'pareto', 'score'), (rows, name) => {
        const c = classify(rows, MODELS[name]!);
        const key = (x: ClientResult) => (name === 'pareto' ? Math.max(0, x.revenue!) : x.score!);
        const classified = c.clients.filter((x) => x.classIndex >= 0);
        for (const a of classified) {
          for (const b of classified) {
            if (key(a) > key(b)) expect(a.classIndex).toBeLessThanOrEqual(b.classIndex);
            if (key(a) === key(b)) expect(a.classIndex).toBe(b.classIndex);
          }
        }
      }),
      RUNS,
    );
  });

  it('counts every client once in the summary', () => {
    fc.assert(
      fc.property(table, modelName, (rows, name) => {
        const s = summarize(classify(rows, MODELS[name]!).run);
        expect(s.classes.reduce((n, k) => n + k.count, 0) + s.unclassified).toBe(s.clients);
        expect(s.clients).toBe(rows.length);
      }),
      RUNS,
    );
  });

  it('gives a Pareto gap that, added to the revenue, reaches the class it names', () => {
    const revenues = fc.array(fc.oneof(fc.integer({ min: 0, max: 10000 }), fc.double({ min: 0, max: 10000, noNaN: true })), {
      minLength: 2,
      maxLength: 25,
    });
    const m = MODELS.pareto!;
    fc.assert(
      fc.property(revenues, (revenue) => {
        const rows = (r: number[]) => r.map((v, i) => ({ Klant: `c${i + 1}`, Omzet: v, Netwerk: 1, Portfolio: 1 }));
        const c = classify(rows(revenue), m);
        c.clients.forEach((x, i) => {
          const gap = explainClient(c.run, i).gap;
          if (!gap) return;
          const again = classify(rows(revenue.map((v, j) => (j === i ? v + gap.amount : v))), m).clients[i]!;
          expect(again.classIndex).toBeLessThanOrEqual(m.classification.labels.indexOf(gap.label));
        });
      }),
      { seed: 42, numRuns: 100 },
    );
  });

  it.each([
    ['rank', { method: 'rank', shares: [0.2, 0.3, 0.5] }],
    ['score', { method: 'score', thresholds: [0.7, 0.45, 0.2] }],
  ])('gives a %s gap that, added to the score, reaches the class it names', (_, classification) => {
    const m = model({ scaleMax: 10, criteria: [{ name: 'Score', weight: 1 }], classification });
    const scores = fc.array(fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 10, noNaN: true })), {
      minLength: 2,
      maxLength: 25,
    });
    fc.assert(
      fc.property(scores, (score) => {
        const rows = (s: number[]) => s.map((v, i) => ({ Klant: `c${i + 1}`, Score: v }));
        const c = classify(rows(score), m);
        c.clients.forEach((x, i) => {
          const gap = explainClient(c.run, i).gap;
          if (!gap || score[i]! + gap.amount > 10) return;
          const again = classify(rows(score.map((v, j) => (j === i ? v + gap.amount : v))), m).clients[i]!;
          expect(again.classIndex).toBeLessThanOrEqual(m.classification.labels.indexOf(gap.label));
        });
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});
