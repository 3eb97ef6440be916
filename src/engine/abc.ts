import { evalSpline, fmmSpline } from './spline';

/**
 * Computed ABC analysis (Ultsch & Lötsch 2015, PLoS ONE 10(6): e0129767), step for step as the
 * reference R package ABCanalysis 1.2.1 computes it (functions ABCcleanData, ABCcurve, ABCanalysis):
 *
 * 1. Curve data: negative values count as 0; sort descending; yield_i = cumulative sum / total,
 *    effort_i = i / n; the point (0, 0) is put in front.
 * 2. The ABC curve: an R `spline()` (method "fmm") through those points, evaluated on the grid
 *    p = 0, 0.01, …, 1 (fewer than 101 values) or 0, 0.001, …, 1; from the first grid point whose
 *    yield reaches 1, the yield is set to 1.
 * 3. The slope: R `splinefun()` ("fmm") through the grid curve, first derivative evaluated at
 *    k / N for k = 1..N (N grid points — one grid step to the right of the grid point k, a quirk of
 *    the package that we keep because it decides which point is chosen).
 * 4. Pareto point: the first grid point nearest to (0, 1). Break-even point: the first grid point
 *    whose slope is nearest to 1.
 * 5. Exchange rule: when the break-even point lies left of the Pareto point, it becomes the A/B
 *    boundary and the Pareto point's effort is Bx; otherwise the Pareto point is the A/B boundary and
 *    the break-even effort is Bx.
 * 6. Submarginal point: the first grid point nearest to (Bx, 1); it is the B/C boundary.
 * 7. Value limits: ABLimit = the round(effortAB · n)-th largest value, BCLimit = the
 *    round(effortC · n)-th largest value (R's round: halves to even). A = values > ABLimit,
 *    B = ABLimit ≥ value ≥ BCLimit, C = values < BCLimit.
 *
 * Our choices where the package has none (documented, never NaN):
 * - NaN (and ±Infinity) values are left out, as if the package were called on the other values.
 * - No values: no classes. No positive value (all zero or negative): the package stops with an
 *   error; here everybody is C (no one brings in anything).
 * - When round(effort · n) is 0 (the package then indexes nothing and classifies nobody) the
 *   first (largest) value is used; so one client, or all clients equal, end up in B.
 */

export interface AbcPoint {
  readonly effort: number;
  readonly yield: number;
}

export interface AbcCurve {
  /** Grid of the spline (fraction of clients, 0..1). */
  readonly effort: Float64Array;
  /** Interpolated cumulative share of the value at each grid point. */
  readonly yield: Float64Array;
  /** The package's slope array (see step 3). */
  readonly slope: Float64Array;
  readonly pareto: AbcPoint;
  readonly breakEven: AbcPoint;
  readonly submarginal: AbcPoint;
  /** True when the break-even point is the A/B boundary (step 5). */
  readonly exchanged: boolean;
  /** The package's limits: A = values > abLimit, C = values < bcLimit. */
  readonly abLimit: number;
  readonly bcLimit: number;
}

export interface AbcAnalysis {
  /** Values analysed (NaN left out). */
  readonly count: number;
  /**
   * Limits for `classifyByLimits` (value ≥ limits[0] → A, ≥ limits[1] → B, else C): the smallest
   * value above the package's ABLimit (Infinity when nobody is A) and the package's BCLimit.
   */
  readonly limits: readonly [number, number];
  /** Number of values in A, B and C. */
  readonly counts: readonly [number, number, number];
  /** Absent when there was nothing to draw a curve from (no values, or none positive). */
  readonly curve?: AbcCurve;
}

/** R's round() for digits = 0: to the nearest integer, halves to even. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * Cumulative sums with a compensation term: R's cumsum accumulates in long double, so plain
 * double addition would drift from the reference in the last bits on long, mixed-size data.
 */
function cumulativeSums(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length);
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
    out[i] = sum + compensation;
  }
  return out;
}

/** First index of the smallest value (R's which.min). */
function firstMinimum(n: number, f: (i: number) => number): number {
  let best = 0;
  let bestValue = Infinity;
  for (let i = 0; i < n; i++) {
    const v = f(i);
    if (v < bestValue) {
      bestValue = v;
      best = i;
    }
  }
  return best;
}

function countClasses(descending: Float64Array, limits: readonly [number, number]): [number, number, number] {
  let a = 0;
  let b = 0;
  for (const v of descending) {
    if (v >= limits[0]) a++;
    else if (v >= limits[1]) b++;
  }
  return [a, b, descending.length - a - b];
}

/** The ABC curve, its three points and the package's value limits for values sorted descending. */
function abcCurve(descending: Float64Array, cumulative: Float64Array): AbcCurve {
  const n = descending.length;
  const total = cumulative[n - 1]!;
  // Step 1: (0, 0) then (i/n, cumulative share).
  const x = new Float64Array(n + 1);
  const y = new Float64Array(n + 1);
  for (let i = 1; i <= n; i++) {
    x[i] = i / n;
    y[i] = cumulative[i - 1]! / total;
  }
  // Step 2: spline on the grid; clamp from the first yield ≥ 1 on.
  const step = n < 101 ? 0.01 : 0.001;
  const gridSize = n < 101 ? 101 : 1001;
  const effort = new Float64Array(gridSize);
  for (let k = 0; k < gridSize; k++) effort[k] = Math.min(k * step, 1);
  const yieldCurve = evalSpline(fmmSpline(x, y), effort);
  const firstFull = yieldCurve.findIndex((v) => v >= 1);
  if (firstFull >= 0 && firstFull < gridSize - 1) yieldCurve.fill(1, firstFull);
  // Step 3: slope of the grid curve at k / N, k = 1..N.
  const at = new Float64Array(gridSize);
  for (let k = 1; k <= gridSize; k++) at[k - 1] = k / gridSize;
  const slope = evalSpline(fmmSpline(effort, yieldCurve), at, 1);
  const point = (i: number): AbcPoint => ({ effort: effort[i]!, yield: yieldCurve[i]! });
  // Step 4.
  const paretoIndex = firstMinimum(gridSize, (i) => effort[i]! * effort[i]! + (1 - yieldCurve[i]!) * (1 - yieldCurve[i]!));
  const breakEvenIndex = firstMinimum(gridSize, (i) => Math.abs(slope[i]! - 1));
  // Step 5.
  const exchanged = effort[breakEvenIndex]! < effort[paretoIndex]!;
  const abIndex = exchanged ? breakEvenIndex : paretoIndex;
  const bx = exchanged ? effort[paretoIndex]! : effort[breakEvenIndex]!;
  // Step 6.
  const cIndex = firstMinimum(gridSize, (i) => (bx - effort[i]!) * (bx - effort[i]!) + (1 - yieldCurve[i]!) * (1 - yieldCurve[i]!));
  // Step 7 (positions are 1-based in the package).
  const nth = (fraction: number) => descending[Math.min(n, Math.max(1, roundHalfEven(fraction * n))) - 1]!;
  return {
    effort,
    yield: yieldCurve,
    slope,
    pareto: point(paretoIndex),
    breakEven: point(breakEvenIndex),
    submarginal: point(cIndex),
    exchanged,
    abLimit: nth(effort[abIndex]!),
    bcLimit: nth(effort[cIndex]!),
  };
}

/** Computed ABC analysis of a column of values (NaN ignored); see the steps above. */
export function computeAbcAnalysis(values: Float64Array): AbcAnalysis {
  const descending = values
    .filter((v) => Number.isFinite(v))
    .sort()
    .reverse();
  const n = descending.length;
  if (n === 0) return { count: 0, limits: [Infinity, Infinity], counts: [0, 0, 0] };
  const cumulative = cumulativeSums(descending.map((v) => Math.max(0, v)));
  if (!(cumulative[n - 1]! > 0)) return { count: n, limits: [Infinity, Infinity], counts: [0, 0, n] };
  const curve = abcCurve(descending, cumulative);
  // classifyByLimits uses "≥": the package's "A = value > ABLimit" becomes "≥ the next value up".
  let limitA = Infinity;
  for (const v of descending) if (v > curve.abLimit) limitA = v;
  const limits: [number, number] = [limitA, Math.min(curve.bcLimit, limitA)];
  return { count: n, limits, counts: countClasses(descending, limits), curve };
}

/**
 * Computed ABC limits. Returns value limits [A, B]: value ≥ A-limit → A, ≥ B-limit → B, else C.
 * NaN values are ignored.
 */
export function computeAbcLimits(values: Float64Array): number[] {
  return [...computeAbcAnalysis(values).limits];
}

export interface AbcAdvice {
  /** Fraction of the clients (with a value) that the computed limits put in A. */
  readonly aShareOfClients: number;
  readonly bShareOfClients: number;
  readonly limits: readonly [number, number];
}

/** "Your data suggests A ≈ top 22% of clients": the computed classes as shares of the clients. */
export function abcAdvice(values: Float64Array): AbcAdvice {
  const analysis = computeAbcAnalysis(values);
  const n = analysis.count;
  return {
    aShareOfClients: n > 0 ? analysis.counts[0] / n : 0,
    bShareOfClients: n > 0 ? analysis.counts[1] / n : 0,
    limits: analysis.limits,
  };
}
