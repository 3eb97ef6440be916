import { clientResult, type ClientResult } from './client';
import type { ClassificationRun } from './run';

export interface CriterionPoints {
  readonly criterion: string;
  readonly value: number | null;
  readonly score: number | null;
  readonly weight: number;
  readonly points: number | null;
}

/** What a client needs to reach the next better class (only when the method decided the class). */
export type Gap =
  | { readonly kind: 'points'; readonly amount: number; readonly label: string }
  | { readonly kind: 'value'; readonly column: string; readonly amount: number; readonly label: string };

export interface Explanation {
  readonly client: ClientResult;
  readonly points: readonly CriterionPoints[];
  readonly method: ClassificationRun['model']['classification']['method'];
  /** For the score method: the threshold (fraction) the client reached, if any. */
  readonly threshold?: number;
  readonly gap?: Gap;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The amount, in whole hundredths, that closes a gap of `needed`. Rounded up, never to the nearest:
 * the amount the explanation shows must be enough. `reaches` checks it in floating point (rank and
 * Pareto need an exact tie with the target), and one more hundredth is added when it falls short.
 */
function amountToReach(needed: number, reaches: (amount: number) => boolean): number {
  const amount = Math.max(0, Math.ceil(needed * 100 - 1e-6) / 100);
  if (reaches(amount)) return amount;
  const more = round2(amount + 0.01);
  // Beyond ~1e13 a hundredth is below floating-point resolution; the exact difference is the best answer.
  return reaches(more) ? more : needed;
}

function gapToBetterClass(run: ClassificationRun, i: number): Gap | undefined {
  const k = run.baseClass[i]!;
  if (k <= 0 || run.classIndex[i] !== k || run.decidedBy[i] !== -1) return undefined;
  const method = run.model.classification;
  const labels = method.labels;
  if (method.method === 'score') {
    const limit = method.thresholds[k - 1]!;
    const score = run.scores[i]!;
    // Same tolerance as classifyByScore.
    const amount = amountToReach(limit * run.max - score, (a) => (score + a) / run.max >= limit - 1e-9);
    return { kind: 'points', amount, label: labels[k - 1]! };
  }
  if (method.method === 'computed' && run.limits) {
    const limit = run.limits[k - 1]!;
    const key = run.classKey[i]!;
    // An empty better class has no finite limit (e.g. one dominant client): there is no amount to name.
    if (!Number.isFinite(limit)) return undefined;
    // Same comparison as classifyByLimits (value ≥ limit).
    const amount = amountToReach(limit - key, (a) => key + a >= limit);
    const column = run.table.mapping.classColumn >= 0 ? run.table.headers[run.table.mapping.classColumn]! : '';
    return column ? { kind: 'value', column, amount, label: labels[k - 1]! } : { kind: 'points', amount, label: labels[k - 1]! };
  }
  // rank and pareto: equalling the lowest client of the nearest better, non-empty class is enough.
  for (let better = k - 1; better >= 0; better--) {
    const target = run.classMinKey[better]!;
    if (!Number.isFinite(target)) continue;
    const key = run.classKey[i]!;
    const amount = amountToReach(target - key, (a) => key + a >= target);
    if (method.method === 'pareto') {
      return { kind: 'value', column: run.table.headers[run.table.mapping.classColumn]!, amount, label: labels[better]! };
    }
    return { kind: 'points', amount, label: labels[better]! };
  }
  return undefined;
}

/** Everything needed to explain one client's class in a sentence or two. */
export function explainClient(run: ClassificationRun, i: number): Explanation {
  const client = clientResult(run, i);
  const points = run.model.criteria.map((c, ci) => {
    const col = run.table.mapping.criteria[ci]!;
    const value = run.table.numeric.get(col)?.values[i];
    const score = run.criterionScores[ci]![i]!;
    return {
      criterion: c.name,
      value: value === undefined || Number.isNaN(value) ? null : value,
      score: Number.isNaN(score) ? null : score,
      weight: c.weight,
      points: Number.isNaN(score) ? null : score * c.weight,
    };
  });
  const method = run.model.classification;
  const k = run.baseClass[i]!;
  const threshold = method.method === 'score' && k >= 0 && k < method.thresholds.length ? method.thresholds[k] : undefined;
  const gap = gapToBetterClass(run, i);
  return { client, points, method: method.method, ...(threshold !== undefined ? { threshold } : {}), ...(gap ? { gap } : {}) };
}
