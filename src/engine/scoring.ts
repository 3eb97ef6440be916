import { countAtMost, countBelow, sortedFinite } from './sorted';
import type { CriterionScoring } from './types';

export interface CriterionScores {
  /** Score 0..M per client; NaN where the input was unusable. */
  readonly scores: Float64Array;
  /** Clients whose direct score lies outside 0..M (value kept for the message). */
  readonly outOfRange: ReadonlyMap<number, number>;
  /** Clients whose direct score is not a whole number (allowed, but signalled). */
  readonly fractional: readonly number[];
  /** The lo/hi actually used by linear scoring (for explanations). */
  readonly range?: { readonly lo: number; readonly hi: number };
}

function countWhere(thresholds: readonly number[], test: (t: number) => boolean): number {
  let s = 0;
  for (const t of thresholds) if (test(t)) s++;
  return s;
}

/** Scores one criterion for every client, per scoring type (docs/architecture.md, "The method, precisely"). */
export function scoreCriterion(values: Float64Array, scoring: CriterionScoring, scaleMax: number): CriterionScores {
  const n = values.length;
  const scores = new Float64Array(n);
  const outOfRange = new Map<number, number>();
  const fractional: number[] = [];
  const M = scaleMax;
  switch (scoring.type) {
    case 'direct':
      for (let i = 0; i < n; i++) {
        const v = values[i]!;
        if (Number.isNaN(v)) {
          scores[i] = NaN;
          continue;
        }
        if (v < 0 || v > M) {
          scores[i] = NaN;
          outOfRange.set(i, v);
          continue;
        }
        if (!Number.isInteger(v)) fractional.push(i);
        scores[i] = v;
      }
      return { scores, outOfRange, fractional };
    case 'thresholds': {
      const t = scoring.thresholds;
      for (let i = 0; i < n; i++) {
        const v = values[i]!;
        scores[i] = Number.isNaN(v) ? NaN : scoring.direction === 'higher' ? countWhere(t, (x) => v >= x) : countWhere(t, (x) => v <= x);
      }
      return { scores, outOfRange, fractional };
    }
    case 'quantiles': {
      const sorted = sortedFinite(values);
      const count = sorted.length;
      for (let i = 0; i < n; i++) {
        const v = values[i]!;
        if (Number.isNaN(v)) {
          scores[i] = NaN;
          continue;
        }
        const L = scoring.direction === 'higher' ? countBelow(sorted, v) : count - countAtMost(sorted, v);
        scores[i] = Math.min(M, Math.floor(((M + 1) * L) / count));
      }
      return { scores, outOfRange, fractional };
    }
    case 'linear': {
      const sorted = sortedFinite(values);
      const lo = scoring.lo ?? (sorted.length ? sorted[0]! : 0);
      const hi = scoring.hi ?? (sorted.length ? sorted[sorted.length - 1]! : 0);
      const span = hi - lo;
      for (let i = 0; i < n; i++) {
        const v = values[i]!;
        if (Number.isNaN(v)) {
          scores[i] = NaN;
          continue;
        }
        if (!(span > 0)) {
          scores[i] = M;
          continue;
        }
        const f = scoring.direction === 'higher' ? (v - lo) / span : (hi - v) / span;
        scores[i] = M * Math.min(1, Math.max(0, f));
      }
      return { scores, outOfRange, fractional, range: { lo, hi } };
    }
  }
}
