import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { abcAdvice, classifyByLimits, computeAbcAnalysis, computeAbcLimits } from '../../../src/engine';

/**
 * Computed ABC limits must reproduce the reference R package ABCanalysis 1.2.1.
 *
 * fixtures/abc-reference.json was produced outside this repository by running the package's
 * computational steps (ABCcleanData, ABCcurve, ABCanalysis, retyped from the CRAN 1.2.1 sources) in
 * R 4.2.2 on random data drawn with set.seed(20240607): lognormal, exponential, uniform, integer,
 * heavy ties, many zeros, negative values and Pareto-tailed data, 2 to 1 200 values (so both the
 * 0.01 and the 0.001 grid). Each case records R's ABLimit, BCLimit, set sizes, the 0-based grid
 * indices of the Pareto, break-even and submarginal points and the exchange flag. `curveExample`
 * holds R's full interpolated curve and slope for the second public example (printed with 17
 * significant digits, so they round-trip exactly).
 */
interface ReferenceCase {
  readonly name: string;
  readonly data: number[];
  readonly abLimit: number;
  readonly bcLimit: number;
  readonly counts: [number, number, number];
  readonly pareto: number;
  readonly breakEven: number;
  readonly submarginal: number;
  readonly exchanged: boolean;
}
const reference = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'abc-reference.json'), 'utf8')) as {
  curveExample: { data: number[]; yield: number[]; slope: number[] };
  cases: ReferenceCase[];
};

const classesOf = (data: readonly number[]) => {
  const values = Float64Array.from(data);
  const k = classifyByLimits(values, computeAbcLimits(values));
  const pick = (c: number) => data.filter((_, i) => k[i] === c).sort((a, b) => a - b);
  return { A: pick(0), B: pick(1), C: pick(2) };
};

describe('computed ABC limits: the public examples', () => {
  it('values 1..9 give A = {7,8,9}, B = {4,5,6}, C = {1,2,3}', () => {
    expect(classesOf([1, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual({ A: [7, 8, 9], B: [4, 5, 6], C: [1, 2, 3] });
  });

  it('values (1,15,25,17,2,3,5,6,2,3,22) give A = {17,22,25}, B = {6,15}, C = the rest, package limits 15 and 6', () => {
    const data = [1, 15, 25, 17, 2, 3, 5, 6, 2, 3, 22];
    expect(classesOf(data)).toEqual({ A: [17, 22, 25], B: [6, 15], C: [1, 2, 2, 3, 3, 5] });
    const analysis = computeAbcAnalysis(Float64Array.from(data));
    // The package: A = values > 15, B = 15 ≥ value ≥ 6. For classifyByLimits ("≥") A starts at 17.
    expect(analysis.curve?.abLimit).toBe(15);
    expect(analysis.curve?.bcLimit).toBe(6);
    expect(analysis.limits).toEqual([17, 6]);
  });

  it('finds the Pareto, break-even and submarginal points the package finds for 1..9', () => {
    // R: A = (0.42, 0.63924), B = (0.5, 0.725), C = (0.63, 0.83979), not exchanged. With n = 9 the
    // positions are round(0.42·9) = 4 and round(0.63·9) = 6: ABLimit = 6, BCLimit = 4.
    const c = computeAbcAnalysis(Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9])).curve!;
    expect(c.pareto.effort).toBeCloseTo(0.42, 12);
    expect(c.pareto.yield).toBeCloseTo(0.63924, 12);
    expect(c.breakEven).toEqual({ effort: 0.5, yield: expect.closeTo(0.725, 12) });
    expect(c.submarginal.effort).toBeCloseTo(0.63, 12);
    expect(c.exchanged).toBe(false);
    expect([c.abLimit, c.bcLimit]).toEqual([6, 4]);
  });
});

describe('computed ABC limits: agreement with R', () => {
  it("reproduces R's interpolated ABC curve and slope bit for bit", () => {
    const c = computeAbcAnalysis(Float64Array.from(reference.curveExample.data)).curve!;
    expect(Array.from(c.effort)).toHaveLength(101);
    expect(Array.from(c.yield)).toEqual(reference.curveExample.yield);
    expect(Array.from(c.slope)).toEqual(reference.curveExample.slope);
  });

  it.each(reference.cases.map((c) => [c.name, c] as const))('%s: same points, limits and set sizes as R', (_name, expected) => {
    const analysis = computeAbcAnalysis(Float64Array.from(expected.data));
    const c = analysis.curve!;
    expect({
      pareto: c.effort.indexOf(c.pareto.effort),
      breakEven: c.effort.indexOf(c.breakEven.effort),
      submarginal: c.effort.indexOf(c.submarginal.effort),
      exchanged: c.exchanged,
      abLimit: c.abLimit,
      bcLimit: c.bcLimit,
      counts: analysis.counts,
    }).toEqual({
      pareto: expected.pareto,
      breakEven: expected.breakEven,
      submarginal: expected.submarginal,
      exchanged: expected.exchanged,
      abLimit: expected.abLimit,
      bcLimit: expected.bcLimit,
      counts: expected.counts,
    });
  });
});

describe('computed ABC limits: R rounds a half position to even', () => {
  // Found in R by searching random integer data for an A or C effort × n ending in .5; R's results.
  it('A/B position 0.42 · 25 = 10.5 → 10: ABLimit is the 10th largest value (59), not the 11th', () => {
    const data = [35, 51, 15, 50, 59, 68, 19, 65, 16, 45, 92, 67, 35, 34, 2, 42, 93, 57, 76, 35, 23, 46, 100, 64, 77];
    const analysis = computeAbcAnalysis(Float64Array.from(data));
    expect(analysis.curve!.pareto.effort * 25).toBeCloseTo(10.5, 12);
    expect([analysis.curve?.abLimit, analysis.curve?.bcLimit]).toEqual([59, 42]);
    expect(analysis.counts).toEqual([9, 7, 9]);
  });

  it('B/C position 0.5 · 5 = 2.5 → 2: BCLimit is the 2nd largest value (50)', () => {
    const analysis = computeAbcAnalysis(Float64Array.from([90, 50, 26, 4, 11]));
    expect([analysis.curve?.abLimit, analysis.curve?.bcLimit]).toEqual([50, 50]);
    expect(analysis.counts).toEqual([1, 1, 3]);
  });
});

describe('computed ABC limits: Flores et al. (1992), 47 inventory items, annual dollar usage', () => {
  // fixtures/abc47_flores1992.csv is a copy of shared/data/abc47_flores1992.csv (the tests stay self-contained).
  // No published ABCanalysis result for this data set was found; the expectation is R's (package
  // steps in R 4.2.2): A/B boundary at effort 0.22 → position round(10.34) = 10 → ABLimit 2 407.50;
  // submarginal point at effort 0.34 → position 16 → BCLimit 810. A = the 9 items above 2 407.50.
  const csv = readFileSync(join(__dirname, 'fixtures', 'abc47_flores1992.csv'), 'utf8');
  const [header, ...lines] = csv.trim().split(/\r?\n/);
  const column = header!.split(',').indexOf('annual_dollar_usage');
  const usage = Float64Array.from(lines.map((l) => Number(l.split(',')[column])));

  it('reads 47 items', () => {
    expect(usage).toHaveLength(47);
    expect(usage.every((v) => v > 0)).toBe(true);
  });

  it('gives A = 9 items (from 2 423.52), B = 7 items (from 810), C = 31 items', () => {
    const analysis = computeAbcAnalysis(usage);
    expect(analysis.curve?.abLimit).toBe(2407.5);
    expect(analysis.curve?.bcLimit).toBe(810);
    expect(analysis.limits).toEqual([2423.52, 810]);
    expect(analysis.counts).toEqual([9, 7, 31]);
  });

  it('A holds the largest items and brings in far more than its share of items', () => {
    const analysis = computeAbcAnalysis(usage);
    const sorted = Array.from(usage).sort((a, b) => b - a);
    const total = sorted.reduce((s, v) => s + v, 0);
    const aValue = sorted.slice(0, analysis.counts[0]).reduce((s, v) => s + v, 0);
    expect(analysis.counts[0] / 47).toBeLessThan(0.25);
    expect(aValue / total).toBeGreaterThan(0.6);
    expect(Math.min(...sorted.slice(0, 9))).toBe(analysis.limits[0]);
  });
});

describe('computed ABC limits: edge cases (never NaN)', () => {
  it('ignores NaN values: same limits as without them', () => {
    const data = [1, 15, 25, 17, 2, 3, 5, 6, 2, 3, 22];
    expect(computeAbcLimits(Float64Array.from([NaN, ...data, NaN]))).toEqual(computeAbcLimits(Float64Array.from(data)));
  });

  it('no values: no limits anybody reaches', () => {
    expect(computeAbcLimits(new Float64Array(0))).toEqual([Infinity, Infinity]);
    expect(computeAbcLimits(Float64Array.from([NaN, NaN]))).toEqual([Infinity, Infinity]);
  });

  it('only zeros or negatives (the package stops with an error): everybody C', () => {
    const analysis = computeAbcAnalysis(Float64Array.from([0, 0, -5]));
    expect(analysis.counts).toEqual([0, 0, 3]);
    expect(analysis.curve).toBeUndefined();
  });

  it('one client: B (the package indexes position round(0·1) = 0 and classifies nobody)', () => {
    const analysis = computeAbcAnalysis(Float64Array.from([1200]));
    expect(analysis.limits).toEqual([Infinity, 1200]);
    expect(analysis.counts).toEqual([0, 1, 0]);
  });

  it('all clients equal: all B, as the package gives for equal values', () => {
    // The curve is the diagonal: slope 1 everywhere, so break-even is the first grid point (effort 0),
    // left of the Pareto point (0.5): exchanged; nobody lies above the largest value.
    const analysis = computeAbcAnalysis(new Float64Array(150).fill(7));
    expect(analysis.curve?.exchanged).toBe(true);
    expect(analysis.counts).toEqual([0, 150, 0]);
    expect(analysis.limits).toEqual([Infinity, 7]);
  });

  it('negative values count as 0 on the curve but keep their value for the limits, like ABCanalysis(Data)', () => {
    // R: ABCanalysis(c(5, -2, 3)): A at effort 0.4 → position 1 → ABLimit 5; C at 0.59 → position 2 →
    // BCLimit 3; A = {}, B = {5, 3}, C = {-2}.
    const analysis = computeAbcAnalysis(Float64Array.from([5, -2, 3]));
    expect([analysis.curve?.abLimit, analysis.curve?.bcLimit]).toEqual([5, 3]);
    expect(analysis.counts).toEqual([0, 2, 1]);
  });

  it('one dominant client: A stays empty because the package puts the A/B limit value itself in B', () => {
    // R: c(100, rep(1, 40)) → A/B position round(0.03·41) = 1 → ABLimit 100 → A = values > 100.
    const analysis = computeAbcAnalysis(Float64Array.from([100, ...new Array<number>(40).fill(1)]));
    expect(analysis.counts).toEqual([0, 1, 40]);
  });
});

describe('abcAdvice', () => {
  it('gives the computed classes as shares of the clients', () => {
    const advice = abcAdvice(Float64Array.from([1, 15, 25, 17, 2, 3, 5, 6, 2, 3, 22]));
    expect(advice.aShareOfClients).toBeCloseTo(3 / 11, 12);
    expect(advice.bShareOfClients).toBeCloseTo(2 / 11, 12);
    expect(advice.limits).toEqual([17, 6]);
  });

  it('is zero for an empty column', () => {
    expect(abcAdvice(new Float64Array(0))).toEqual({ aShareOfClients: 0, bShareOfClients: 0, limits: [Infinity, Infinity] });
  });
});

describe('computed ABC limits: properties', () => {
  const RUNS = { seed: 20240607, numRuns: 150 };
  const column = fc.array(
    fc.oneof(
      { weight: 8, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }) },
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 20 }) },
      { weight: 1, arbitrary: fc.constantFrom(NaN, -10, 0) },
    ),
    { minLength: 0, maxLength: 250 },
  );

  it('do not depend on the order of the rows', () => {
    fc.assert(
      fc.property(column, fc.integer(), (data, salt) => {
        const shuffled = data
          .map((v, i) => [v, (i * 7919 + salt) % 1009] as const)
          .sort((a, b) => a[1] - b[1])
          .map(([v]) => v);
        expect(computeAbcLimits(Float64Array.from(shuffled))).toEqual(computeAbcLimits(Float64Array.from(data)));
      }),
      RUNS,
    );
  });

  it('are never NaN, descend, and split the clients into three value bands', () => {
    fc.assert(
      fc.property(column, (data) => {
        const values = Float64Array.from(data);
        const analysis = computeAbcAnalysis(values);
        const [a, b] = analysis.limits;
        expect(Number.isNaN(a) || Number.isNaN(b)).toBe(false);
        expect(a).toBeGreaterThanOrEqual(b);
        const classes = classifyByLimits(values, analysis.limits);
        const counts = [0, 1, 2].map((k) => classes.filter((c) => c === k).length);
        expect(counts).toEqual([...analysis.counts]);
        expect(counts.reduce((s, c) => s + c, 0)).toBe(data.filter((v) => !Number.isNaN(v)).length);
        // A finite A limit is a data value: the smallest A client's value.
        if (Number.isFinite(a)) expect(data).toContain(a);
      }),
      RUNS,
    );
  });
});
