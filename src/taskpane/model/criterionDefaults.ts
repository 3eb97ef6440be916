import { parseNumber, type CellValue, type CriterionScoring, type Direction } from '../../engine';

export type ScoringType = CriterionScoring['type'];

export const SCORING_TYPES: readonly ScoringType[] = ['direct', 'thresholds', 'quantiles', 'linear'];

/** The numbers of one column in the detected table's sample (text numbers included, blanks skipped). */
export function sampleNumbers(sample: readonly (readonly CellValue[])[], column: number): number[] {
  const values: number[] = [];
  for (const row of sample) {
    const parsed = parseNumber(row[column]);
    if (parsed.kind === 'number') values.push(parsed.value);
  }
  return values;
}

/** A column already holds scores when every sampled value is a whole number within 0..M. */
export function looksLikeScores(values: readonly number[], scaleMax: number): boolean {
  return values.length > 0 && values.every((v) => Number.isInteger(v) && v >= 0 && v <= scaleMax);
}

function ordered(list: number[], direction: Direction): boolean {
  return list.every((x, i) => i === 0 || (direction === 'higher' ? x > list[i - 1]! : x < list[i - 1]!));
}

/**
 * Starting thresholds for M score points: evenly spread over the sampled range when the sample
 * allows strictly ordered limits, else 1..M. The user edits them afterwards.
 */
export function defaultThresholds(values: readonly number[], scaleMax: number, direction: Direction): number[] {
  let list = Array.from({ length: scaleMax }, (_, k) => k + 1);
  if (values.length > 1) {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const spread = Array.from({ length: scaleMax }, (_, k) => roundNicely(lo + ((hi - lo) * (k + 1)) / (scaleMax + 1)));
    if (ordered(spread, 'higher')) list = spread;
  }
  return direction === 'higher' ? list : [...list].reverse();
}

/** Two significant digits: limits a person would type (12.000 rather than 11.873,25). */
function roundNicely(v: number): number {
  if (v === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(v))) - 1);
  return Math.round(v / magnitude) * magnitude;
}

export function scoringFor(type: ScoringType, current: CriterionScoring, values: readonly number[], scaleMax: number): CriterionScoring {
  const direction: Direction = current.type === 'direct' ? 'higher' : current.direction;
  switch (type) {
    case 'direct':
      return { type: 'direct' };
    case 'quantiles':
      return { type: 'quantiles', direction };
    case 'linear':
      return { type: 'linear', direction };
    case 'thresholds':
      return { type: 'thresholds', direction, thresholds: defaultThresholds(values, scaleMax, direction) };
  }
}

export function withDirection(s: CriterionScoring, direction: Direction): CriterionScoring {
  switch (s.type) {
    case 'direct':
      return s;
    // Reversing keeps the limits valid: "higher" needs them ascending, "lower" descending.
    case 'thresholds':
      return { ...s, direction, thresholds: s.direction === direction ? s.thresholds : [...s.thresholds].reverse() };
    default:
      return { ...s, direction };
  }
}
