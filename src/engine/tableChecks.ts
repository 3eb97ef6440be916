/**
 * Small checks on a client table that hostile but ordinary files taught us: a percentage where an amount
 * belongs, a total row without a label, sums too large for a double.
 */

/**
 * A number format that shows a percentage: a `%` outside quoted text, brackets and escapes
 * (ECMA-376 Part 1, §18.8.31 numFmts: `%` multiplies by 100 and shows the sign; `"…"`, `\x` are literal).
 */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .includes('%');
}

/** Adding the values (NaN skipped) overflows: a double holds at most about 1.8E+308. */
export function sumOverflows(values: Float64Array): boolean {
  let sum = 0;
  for (const v of values) if (!Number.isNaN(v)) sum += Math.abs(v);
  return !Number.isFinite(sum);
}

/**
 * The last row is an unlabelled total: it has no name, and its value equals the sum of at least two
 * values above it (to the cent, allowing for the rounding of a sum of doubles). Returns its index, or -1.
 * A client whose revenue happens to equal all others' together keeps its class when it has a name.
 */
export function unlabelledTotal(values: Float64Array, nameBlank: readonly boolean[]): number {
  const last = values.length - 1;
  if (last < 2 || !nameBlank[last]) return -1;
  const value = values[last]!;
  if (!Number.isFinite(value) || value <= 0) return -1;
  let sum = 0;
  let counted = 0;
  for (let i = 0; i < last; i++) {
    const v = values[i]!;
    if (Number.isFinite(v)) {
      sum += v;
      counted++;
    }
  }
  if (counted < 2) return -1;
  return Math.abs(value - sum) <= Math.max(0.005, Math.abs(sum) * 1e-12) ? last : -1;
}
