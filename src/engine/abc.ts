/**
 * Computed ABC limits (Ultsch & Lötsch 2015, ABCanalysis). Returns value limits [A, B]:
 * value ≥ A-limit → A, ≥ B-limit → B, else C. NaN values are ignored.
 */
export function computeAbcLimits(values: Float64Array): number[] {
  void values;
  throw new Error('computeAbcLimits: not implemented yet');
}
