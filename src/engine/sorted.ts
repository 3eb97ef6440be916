/** Helpers on ascending-sorted Float64Arrays; all O(log n) per query. */

/** Sorted copy of the finite values of `values`. */
export function sortedFinite(values: Float64Array): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) n++;
  const out = new Float64Array(n);
  let j = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) out[j++] = v;
  }
  return out.sort();
}

/** Number of entries strictly lower than v. */
export function countBelow(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of entries lower than or equal to v. */
export function countAtMost(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Suffix sums: `suffix[k]` = sum of sorted[k..]. Length n + 1. */
export function suffixSums(sorted: Float64Array): Float64Array {
  const out = new Float64Array(sorted.length + 1);
  for (let k = sorted.length - 1; k >= 0; k--) out[k] = out[k + 1]! + sorted[k]!;
  return out;
}
