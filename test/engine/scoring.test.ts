import { presetModel, scoreCriterion } from '../../src/engine';
import { classify, flagCodes, model, SEED_CRITERIA } from './builders';

const values = (...v: (number | null)[]) => Float64Array.from(v.map((x) => (x === null ? NaN : x)));
const plain = (a: Float64Array) => Array.from(a, (x) => (Number.isNaN(x) ? null : x));

describe('the seed example (lancelots scoring matrix)', () => {
  const seed = model({ criteria: SEED_CRITERIA });
  const c = classify(
    [
      { Klant: 'Opdrachtgever 1', Omzet: 3, Portfolio: 2, Netwerk: 2, Samenwerking: 2 },
      { Klant: 'Opdrachtgever 2', Omzet: 1, Portfolio: 2, Netwerk: 1, Samenwerking: 1 },
    ],
    seed,
  );

  it('scores client 1 with 3,2,2,2 at 27 of 33', () => {
    // 5·3 + 2·2 + 3·2 + 1·2 = 15 + 4 + 6 + 2 = 27; max = 3 · (5 + 2 + 3 + 1) = 33
    const one = c.byName('Opdrachtgever 1');
    expect(one.criterionScores).toEqual([3, 2, 2, 2]);
    expect(one.score).toBe(27);
    expect(one.max).toBe(33);
    expect(one.percent).toBeCloseTo(27 / 33, 12);
  });

  it('scores client 2 with 1,2,1,1 at 13 of 33', () => {
    // 5·1 + 2·2 + 3·1 + 1·1 = 5 + 4 + 3 + 1 = 13
    const two = c.byName('Opdrachtgever 2');
    expect(two.score).toBe(13);
    expect(two.percent).toBeCloseTo(13 / 33, 12);
  });

  it('puts 27/33 = 82% in A and 13/33 = 39% in C with the default limits 70/45/20%', () => {
    expect(c.byName('Opdrachtgever 1').label).toBe('A');
    expect(c.byName('Opdrachtgever 2').label).toBe('C');
  });

  it('is the scoringsmatrix preset with the same weights', () => {
    const preset = presetModel('scoringsmatrix');
    expect(preset.criteria.map((x) => [x.name, x.weight])).toEqual(SEED_CRITERIA.map((x) => [x.name, x.weight]));
    expect(preset.scaleMax).toBe(3);
  });
});

describe('direct scoring', () => {
  it('takes the cell as the score', () => {
    expect(plain(scoreCriterion(values(0, 1, 2, 3), { type: 'direct' }, 3).scores)).toEqual([0, 1, 2, 3]);
  });

  it('flags a score outside 0..M and leaves the client unclassified', () => {
    const m = model({ criteria: [{ name: 'Score', weight: 1 }] });
    const c = classify(
      [
        { Klant: 'te hoog', Score: 4 },
        { Klant: 'negatief', Score: -1 },
        { Klant: 'goed', Score: 3 },
      ],
      m,
      { placement: { sheet: 'Klanten', headerRow: 1, firstColumn: 0 } },
    );
    for (const name of ['te hoog', 'negatief']) {
      const client = c.byName(name);
      expect(client.label).toBeNull();
      expect(client.score).toBeNull();
      expect(client.flags).toEqual([expect.objectContaining({ code: 'client.outOfRange', blocking: true })]);
    }
    expect(c.byName('te hoog').flags[0]!.params).toMatchObject({ value: 4, max: 3, address: 'Klanten!B2' });
    expect(c.byName('goed').label).toBe('A');
  });

  it('accepts a fractional score but signals it', () => {
    // 2.5 of 3 = 83% ≥ 70% → A, with a non-blocking "not a whole number" signal
    const c = classify([{ Klant: 'k', Score: 2.5 }], model({ criteria: [{ name: 'Score', weight: 1 }] }));
    const client = c.byName('k');
    expect(client.score).toBe(2.5);
    expect(client.label).toBe('A');
    expect(client.flags).toEqual([expect.objectContaining({ code: 'client.fractional', blocking: false })]);
  });
});

describe('threshold scoring', () => {
  it('counts the ascending limits a value reaches when higher is better', () => {
    // limits 10 < 20 < 30: 5 → 0, 10 → 1 (reaching a limit counts), 25 → 2, 30 → 3, 100 → 3
    const s = scoreCriterion(values(5, 10, 25, 30, 100), { type: 'thresholds', direction: 'higher', thresholds: [10, 20, 30] }, 3);
    expect(plain(s.scores)).toEqual([0, 1, 2, 3, 3]);
  });

  it('counts the descending limits a value stays under when lower is better (payment days 60/30/14)', () => {
    // s = #{k : v ≤ t_k}: 90 → 0, 60 → 1, 45 → 1, 30 → 2, 20 → 2, 14 → 3, 0 → 3
    const s = scoreCriterion(values(90, 60, 45, 30, 20, 14, 0), { type: 'thresholds', direction: 'lower', thresholds: [60, 30, 14] }, 3);
    expect(plain(s.scores)).toEqual([0, 1, 1, 2, 2, 3, 3]);
  });

  it('scores payment days from a table column named differently from the criterion', () => {
    const m = model({
      criteria: [
        {
          name: 'Betaalgedrag',
          column: 'Betaaltermijn (dagen)',
          weight: 1,
          scoring: { type: 'thresholds', direction: 'lower', thresholds: [60, 30, 14] },
        },
      ],
    });
    const c = classify(
      [
        { Klant: 'snel', 'Betaaltermijn (dagen)': 10 },
        { Klant: 'traag', 'Betaaltermijn (dagen)': 75 },
      ],
      m,
    );
    // 10 ≤ 60, 30, 14 → 3 of 3 = 100% → A;  75 ≤ none → 0 → 0% → D
    expect(c.byName('snel').criterionScores).toEqual([3]);
    expect(c.byName('snel').label).toBe('A');
    expect(c.byName('traag').criterionScores).toEqual([0]);
    expect(c.byName('traag').label).toBe('D');
  });
});

describe('quantile scoring', () => {
  it('gives s = min(M, floor((M+1)·L/n)) with L the clients strictly lower, ties sharing a score', () => {
    // values 10, 20, 20, 30, 40; n = 5, M + 1 = 4
    // 10: L=0 → 0;  20: L=1 → floor(4/5)=0;  30: L=3 → floor(12/5)=2;  40: L=4 → floor(16/5)=3
    const s = scoreCriterion(values(10, 20, 20, 30, 40), { type: 'quantiles', direction: 'higher' }, 3);
    expect(plain(s.scores)).toEqual([0, 0, 0, 2, 3]);
  });

  it('splits eight distinct values into quartiles', () => {
    // L = 0..7 → floor(4L/8) = floor(L/2) = 0,0,1,1,2,2,3,3 (listed out of order on purpose)
    const s = scoreCriterion(values(8, 1, 7, 2, 6, 3, 5, 4), { type: 'quantiles', direction: 'higher' }, 3);
    expect(plain(s.scores)).toEqual([3, 0, 3, 0, 2, 1, 2, 1]);
  });

  it('counts the clients strictly higher when lower is better', () => {
    // values 10, 20, 20, 30, 40; L = #strictly higher: 10 → 4 → floor(16/5)=3; 20 → 2 → floor(8/5)=1;
    // 30 → 1 → floor(4/5)=0; 40 → 0 → 0
    const s = scoreCriterion(values(10, 20, 20, 30, 40), { type: 'quantiles', direction: 'lower' }, 3);
    expect(plain(s.scores)).toEqual([3, 1, 1, 0, 0]);
  });

  it('gives every client 0 when all values are equal (nobody is strictly lower)', () => {
    expect(plain(scoreCriterion(values(5, 5, 5), { type: 'quantiles', direction: 'higher' }, 3).scores)).toEqual([0, 0, 0]);
  });

  it('counts only clients with a value in n', () => {
    // 10, missing, 20: n = 2; 10: L=0 → 0; 20: L=1 → floor(4·1/2) = 2
    expect(plain(scoreCriterion(values(10, null, 20), { type: 'quantiles', direction: 'higher' }, 3).scores)).toEqual([0, null, 2]);
  });

  it('scores a single client 0', () => {
    expect(plain(scoreCriterion(values(1000), { type: 'quantiles', direction: 'higher' }, 3).scores)).toEqual([0]);
  });
});

describe('linear scoring', () => {
  it('maps the data range onto 0..M by default', () => {
    // lo = 0, hi = 100: 0 → 0, 50 → 3·0.5 = 1.5, 100 → 3, 25 → 0.75
    const s = scoreCriterion(values(0, 50, 100, 25), { type: 'linear', direction: 'higher' }, 3);
    expect(plain(s.scores)).toEqual([0, 1.5, 3, 0.75]);
    expect(s.range).toEqual({ lo: 0, hi: 100 });
  });

  it('reverses the scale when lower is better', () => {
    // (hi − v)/(hi − lo): 0 → 3, 50 → 1.5, 100 → 0
    expect(plain(scoreCriterion(values(0, 50, 100), { type: 'linear', direction: 'lower' }, 3).scores)).toEqual([3, 1.5, 0]);
  });

  it('clamps to the given lo and hi', () => {
    // lo = 20, hi = 80: 10 → clamp(−1/6) = 0; 50 → 3·0.5 = 1.5; 80 → 3; 100 → clamp(4/3) = 3
    const s = scoreCriterion(values(10, 50, 80, 100), { type: 'linear', direction: 'higher', lo: 20, hi: 80 }, 3);
    expect(plain(s.scores)).toEqual([0, 1.5, 3, 3]);
    expect(s.range).toEqual({ lo: 20, hi: 80 });
  });

  it('gives M to every client when all values are equal', () => {
    expect(plain(scoreCriterion(values(7, 7, 7), { type: 'linear', direction: 'higher' }, 3).scores)).toEqual([3, 3, 3]);
    expect(plain(scoreCriterion(values(7, 7, 7), { type: 'linear', direction: 'lower' }, 5).scores)).toEqual([5, 5, 5]);
  });

  it('leaves a missing value without a score instead of 0', () => {
    expect(plain(scoreCriterion(values(0, null, 10), { type: 'linear', direction: 'higher' }, 3).scores)).toEqual([0, null, 3]);
  });
});

describe('scores in a whole table', () => {
  it('combines scoring types with weights into score, max and percent', () => {
    const m = model({
      criteria: [
        { name: 'Omzet', weight: 2, scoring: { type: 'quantiles' } },
        { name: 'Netwerk', weight: 1 },
        { name: 'Dagen', weight: 1, scoring: { type: 'thresholds', direction: 'lower', thresholds: [60, 30, 14] } },
      ],
    });
    const c = classify(
      [
        { Klant: 'p', Omzet: 100, Netwerk: 3, Dagen: 10 },
        { Klant: 'q', Omzet: 50, Netwerk: 1, Dagen: 45 },
      ],
      m,
    );
    // Omzet quantiles (n=2): p L=1 → floor(4/2)=2, q L=0 → 0.  Dagen: 10 → 3, 45 → 1.
    // p: 2·2 + 1·3 + 1·3 = 10;  q: 2·0 + 1·1 + 1·1 = 2;  max = 3·(2+1+1) = 12
    expect(c.byName('p').criterionScores).toEqual([2, 3, 3]);
    expect(c.byName('p').score).toBe(10);
    expect(c.byName('q').score).toBe(2);
    expect(c.byName('q').max).toBe(12);
    expect(c.byName('q').percent).toBeCloseTo(2 / 12, 12);
    expect(flagCodes(c.byName('p'))).toEqual([]);
  });
});
