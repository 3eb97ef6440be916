import { countAtMost, countBelow, sortedFinite, suffixSums } from './sorted';

/** Class index per client: 0 = best; -1 = unclassified (no usable key). */
export type ClassIndexes = Int16Array;

const EPS = 1e-9;

/** `score` method: first class whose threshold the percentage reaches (tolerance 1e-9), else the last. */
export function classifyByScore(percent: Float64Array, thresholds: readonly number[]): ClassIndexes {
  const out = new Int16Array(percent.length);
  for (let i = 0; i < percent.length; i++) {
    const p = percent[i]!;
    if (Number.isNaN(p)) {
      out[i] = -1;
      continue;
    }
    let k = 0;
    while (k < thresholds.length && !(p >= thresholds[k]! - EPS)) k++;
    out[i] = k;
  }
  return out;
}

function cumulative(shares: readonly number[]): number[] {
  let sum = 0;
  return shares.map((s) => (sum += s));
}

/**
 * `rank` method: K = clients with a strictly higher score; class = first k with K/n < Σ shares[0..k].
 * Ties share a class because they share K; the order of rows never matters.
 */
export function classifyByRank(scores: Float64Array, shares: readonly number[]): ClassIndexes {
  const sorted = sortedFinite(scores);
  const n = sorted.length;
  const cum = cumulative(shares);
  const out = new Int16Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (Number.isNaN(s)) {
      out[i] = -1;
      continue;
    }
    const above = n - countAtMost(sorted, s);
    let k = 0;
    while (k < cum.length - 1 && !(above / n < cum[k]! - EPS)) k++;
    out[i] = k;
  }
  return out;
}

/**
 * `pareto` method: negative values count as 0; G = sum of the values strictly greater than this
 * client's; class = first k with G/total < cutoffs[k], else the last. Zero value → last class.
 */
export function classifyByPareto(values: Float64Array, cutoffs: readonly number[]): ClassIndexes {
  const clipped = values.map((v) => (Number.isNaN(v) ? NaN : Math.max(0, v)));
  const sorted = sortedFinite(clipped);
  const suffix = suffixSums(sorted);
  const total = suffix[0]!;
  const out = new Int16Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = clipped[i]!;
    if (Number.isNaN(v)) {
      out[i] = -1;
      continue;
    }
    if (v <= 0 || total <= 0) {
      out[i] = cutoffs.length;
      continue;
    }
    const greater = suffix[countAtMost(sorted, v)]!;
    let k = 0;
    while (k < cutoffs.length && !(greater / total < cutoffs[k]! - EPS)) k++;
    out[i] = k;
  }
  return out;
}

/** Class by value limits (used by computed ABC limits): value ≥ limits[k] → class k, else the last. */
export function classifyByLimits(values: Float64Array, limits: readonly number[]): ClassIndexes {
  const out = new Int16Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) {
      out[i] = -1;
      continue;
    }
    let k = 0;
    while (k < limits.length && !(v >= limits[k]!)) k++;
    out[i] = k;
  }
  return out;
}

/**
 * Competition rank (1 = highest) by a key; ties share the best rank; 0 where the key is missing.
 */
export function rankDescending(keys: Float64Array): Int32Array {
  const sorted = sortedFinite(keys);
  const n = sorted.length;
  const out = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    out[i] = Number.isNaN(k) ? 0 : n - countAtMost(sorted, k) + 1;
  }
  return out;
}

export interface RevenueShares {
  readonly share: Float64Array;
  /** Share of all clients with at least this revenue (ties included together, so order never matters). */
  readonly cumulative: Float64Array;
  /** Sum of max(0, revenue) over clients with a value. */
  readonly total: number;
}

/** Revenue share per client; negative revenue (credit notes) counts as 0; NaN where revenue is missing. */
export function revenueShares(revenue: Float64Array): RevenueShares {
  const clipped = revenue.map((v) => (Number.isNaN(v) ? NaN : Math.max(0, v)));
  const sorted = sortedFinite(clipped);
  const suffix = suffixSums(sorted);
  const total = suffix[0]!;
  const share = new Float64Array(revenue.length);
  const cumulativeShare = new Float64Array(revenue.length);
  for (let i = 0; i < revenue.length; i++) {
    const v = clipped[i]!;
    if (Number.isNaN(v)) {
      share[i] = NaN;
      cumulativeShare[i] = NaN;
      continue;
    }
    share[i] = total > 0 ? v / total : 0;
    cumulativeShare[i] = total > 0 ? suffix[countBelow(sorted, v)]! / total : 0;
  }
  return { share, cumulative: cumulativeShare, total };
}
