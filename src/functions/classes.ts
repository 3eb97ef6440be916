import { classifyByPareto, classifyByRank, classifyByScore, PYRAMID_LABELS, PYRAMID_SHARES, revenueShares } from '../engine';
import type { CellNumbers } from './args';
import { cellPlace } from './cells';
import { checkedModel } from './modelCheck';
import { NA_ERROR, Problem, VALUE_ERROR, type Grid, type Outcome, type ParamName, type Place } from './problem';

/** Percentages may carry rounding noise just above 100%. */
const FRACTION_TOLERANCE = 1e-9;

/**
 * Computes per cell over the usable numbers of a grid in one engine call (the engine works on whole
 * columns), keeping each cell's own problem; `check` may refuse a number before the engine sees it.
 */
export function computeCells<T>(
  grid: CellNumbers,
  compute: (values: Float64Array) => ArrayLike<T>,
  check: (value: number, place: Place) => Problem | undefined = () => undefined,
): Grid<Outcome<T>> {
  const problems = grid.map((row, r) => row.map((v, c) => (v instanceof Problem ? v : check(v, cellPlace(r, c)))));
  const slots: [number, number][] = [];
  problems.forEach((row, r) =>
    row.forEach((p, c) => {
      if (!p) slots.push([r, c]);
    }),
  );
  const results = compute(Float64Array.from(slots, ([r, c]) => grid[r]![c] as number));
  // Every slot without a problem is filled from the engine's results just below.
  const out = problems.map((row) => [...row]) as Outcome<T>[][];
  slots.forEach(([r, c], k) => {
    out[r]![c] = results[k]!;
  });
  return out;
}

/** A score percentage must lie in 0..1: 70 instead of 0,7 is a mistake, not an A. */
export function fractionCheck(argument: ParamName): (value: number, place?: Place) => Problem | undefined {
  return (value, place) =>
    value < 0 || value > 1 + FRACTION_TOLERANCE
      ? new Problem(VALUE_ERROR, argument, { code: 'fn.fractionOutOfRange', params: { value } }, place)
      : undefined;
}

/** KLANTKLASSE: the model's `score` method on percentages; limits and labels validated as a model. */
export function classByPercentage(percentage: CellNumbers, limits?: number[], labels?: string[]): Grid<Outcome<string>> {
  const model = checkedModel({
    criteria: [{ name: 'Score', weight: 1 }],
    classification: { method: 'score', ...(limits ? { thresholds: limits } : {}), ...(labels ? { labels } : {}) },
  });
  const method = model.classification;
  if (method.method !== 'score') throw new Error('expected the score method');
  return computeCells(
    percentage,
    (p) => Array.from(classifyByScore(p, method.thresholds), (k) => method.labels[k]!),
    fractionCheck('percentage'),
  );
}

/*
 * A column filled with one formula per row (=KW.ABCKLASSE(B2; B$2:B$10001)) hands the same population to
 * every call. Classifying it is O(n log n), so each call would cost as much as the whole column; the
 * results of the last few populations are kept and reused when the numbers and options are identical.
 * The engine is deterministic, so a reused result is the result.
 */
const MEMO_SIZE = 8;
const memo: { key: string; population: Float64Array; byValue: Map<number, unknown> }[] = [];

function sameNumbers(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function resultsByValue<T>(key: string, population: Float64Array, compute: (population: Float64Array) => ArrayLike<T>): Map<number, T> {
  const at = memo.findIndex((m) => m.key === key && sameNumbers(m.population, population));
  if (at >= 0) {
    const [hit] = memo.splice(at, 1);
    memo.unshift(hit!);
    return hit!.byValue as Map<number, T>;
  }
  const results = compute(population);
  const byValue = new Map<number, T>();
  // Ties share a result in the engine, so the first equal value speaks for all of them.
  population.forEach((v, i) => {
    if (!byValue.has(v)) byValue.set(v, results[i]!);
  });
  memo.unshift({ key, population, byValue });
  if (memo.length > MEMO_SIZE) memo.pop();
  return byValue;
}

/**
 * Classifies each `waarde` within `alle_waarden`: the engine classifies the whole population and a value
 * takes the result of the equal population value. Like RANK.EQ, a value that is not in it is #N/A.
 */
export function withinPopulation<T>(
  values: CellNumbers,
  population: Float64Array,
  key: string,
  compute: (population: Float64Array) => ArrayLike<T>,
): Grid<Outcome<T>> {
  const byValue = resultsByValue(key, population, compute);
  return values.map((row, r) =>
    row.map((v, c): Outcome<T> => {
      if (v instanceof Problem) return v;
      return byValue.has(v)
        ? byValue.get(v)!
        : new Problem(NA_ERROR, 'waarde', { code: 'fn.notInPopulation', params: { value: v } }, cellPlace(r, c));
    }),
  );
}

const labelled = (indexes: ArrayLike<number>, labels: readonly string[]): string[] => Array.from(indexes, (k) => labels[k]!);

/** ABCKLASSE: the model's `pareto` method (tie-safe, order-independent) within a column. */
export function paretoClass(values: CellNumbers, population: Float64Array, limits?: number[], labels?: string[]): Grid<Outcome<string>> {
  const model = checkedModel({
    criteria: [{ name: 'Waarde', weight: 1 }],
    classification: { method: 'pareto', ...(limits ? { cutoffs: limits } : {}), ...(labels ? { labels } : {}) },
  });
  const method = model.classification;
  if (method.method !== 'pareto') throw new Error('expected the pareto method');
  return withinPopulation(values, population, `pareto|${method.cutoffs}|${method.labels}`, (p) =>
    labelled(classifyByPareto(p, method.cutoffs), method.labels),
  );
}

/** RANGKLASSE: the model's `rank` method (share of clients per class) within a column. */
export function rankClass(values: CellNumbers, population: Float64Array, shares?: number[], labels?: string[]): Grid<Outcome<string>> {
  const model = checkedModel(
    {
      criteria: [{ name: 'Waarde', weight: 1 }],
      classification: { method: 'rank', ...(shares ? { shares } : {}), ...(labels ? { labels } : {}) },
    },
    'aandelen',
  );
  const method = model.classification;
  if (method.method !== 'rank') throw new Error('expected the rank method');
  return withinPopulation(values, population, `rank|${method.shares}|${method.labels}`, (p) =>
    labelled(classifyByRank(p, method.shares), method.labels),
  );
}

/** PIRAMIDELAAG: the klantenpiramide preset (Curry: 1/4/15/80 %) within a column. */
export function pyramidLevel(values: CellNumbers, population: Float64Array): Grid<Outcome<string>> {
  return withinPopulation(values, population, 'pyramid', (p) => labelled(classifyByRank(p, PYRAMID_SHARES), PYRAMID_LABELS));
}

/** OMZETAANDEEL: the engine's revenue share (negative revenue counts as 0). */
export function revenueShare(values: CellNumbers, population: Float64Array): Grid<Outcome<number>> {
  return withinPopulation(values, population, 'share', (p) => revenueShares(p).share);
}
