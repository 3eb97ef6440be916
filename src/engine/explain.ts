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
  | { readonly kind: 'value'; readonly column: string; readonly amount: number; readonly label: string; readonly money: boolean };

/** The ranks a class spans in this run (1 = best), for the rank methods' explanations. */
export interface RankRange {
  readonly label: string;
  readonly from: number;
  readonly to: number;
}

export interface Explanation {
  readonly client: ClientResult;
  readonly points: readonly CriterionPoints[];
  readonly method: ClassificationRun['model']['classification']['method'];
  /** For the score method: the threshold (fraction) the client reached, if any. */
  readonly threshold?: number;
  readonly gap?: Gap;
  /** For the rank methods: the client's class and the nearest better class, as rank ranges ("A = rang 1–30"). */
  readonly rankRanges?: readonly RankRange[];
  /** For Pareto: the band of cumulative revenue share the client's class covers (fractions). */
  readonly paretoBand?: { readonly from: number; readonly to: number };
}

/** Per run, computed once: explanations are written for every client of tables up to 50k rows. */
const wholeCache = new WeakMap<ClassificationRun, boolean>();
const rangeCache = new WeakMap<ClassificationRun, readonly ({ from: number; to: number } | undefined)[]>();

/** True when every score in the run is a whole number (no linear scoring, whole weights): gaps are then whole points. */
function scoresAreWhole(run: ClassificationRun): boolean {
  let whole = wholeCache.get(run);
  if (whole === undefined) {
    whole = true;
    for (let i = 0; i < run.count && whole; i++) {
      const s = run.scores[i]!;
      if (!Number.isNaN(s) && Math.abs(s - Math.round(s)) > 1e-9) whole = false;
    }
    wholeCache.set(run, whole);
  }
  return whole;
}

/** The best and worst rank of each class, as the method placed clients (before rules and overrides). */
function classRankRanges(run: ClassificationRun): readonly ({ from: number; to: number } | undefined)[] {
  let ranges = rangeCache.get(run);
  if (!ranges) {
    const found: ({ from: number; to: number } | undefined)[] = run.model.classification.labels.map(() => undefined);
    for (let i = 0; i < run.count; i++) {
      const k = run.baseClass[i]!;
      const r = run.rank[i]!;
      if (k < 0 || !(r > 0)) continue;
      const range = found[k];
      found[k] = range ? { from: Math.min(range.from, r), to: Math.max(range.to, r) } : { from: r, to: r };
    }
    ranges = found;
    rangeCache.set(run, ranges);
  }
  return ranges;
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
    // Same tolerance as classifyByScore. Scores that move in whole points need a whole number of them.
    const reaches = (a: number) => (score + a) / run.max >= limit - 1e-9;
    const needed = limit * run.max - score;
    const amount = scoresAreWhole(run) ? Math.max(1, Math.ceil(needed - 1e-9)) : amountToReach(needed, reaches);
    return { kind: 'points', amount, label: labels[k - 1]! };
  }
  if (method.method === 'computed' && run.limits) {
    const limit = run.limits[k - 1]!;
    const key = run.classKey[i]!;
    // An empty better class has no finite limit (e.g. one dominant client): there is no amount to name.
    if (!Number.isFinite(limit)) return undefined;
    // Same comparison as classifyByLimits (value ≥ limit).
    const amount = amountToReach(limit - key, (a) => key + a >= limit);
    const classColumn = run.table.mapping.classColumn;
    const column = classColumn >= 0 ? run.table.headers[classColumn]! : '';
    if (column) return { kind: 'value', column, amount, label: labels[k - 1]!, money: classColumn === run.table.mapping.revenue };
    return { kind: 'points', amount: scoresAreWhole(run) ? Math.ceil(amount - 1e-9) : amount, label: labels[k - 1]! };
  }
  // Rank methods place clients by position, not by a distance in points: their explanation names the
  // rank ranges instead (see rankRanges), so no gap in points here.
  if (method.method === 'rank') return undefined;
  // Pareto: equalling the lowest client of the nearest better, non-empty class is enough.
  for (let better = k - 1; better >= 0; better--) {
    const target = run.classMinKey[better]!;
    if (!Number.isFinite(target)) continue;
    const key = run.classKey[i]!;
    const amount = amountToReach(target - key, (a) => key + a >= target);
    const classColumn = run.table.mapping.classColumn;
    return {
      kind: 'value',
      column: run.table.headers[classColumn]!,
      amount,
      label: labels[better]!,
      money: classColumn === run.table.mapping.revenue,
    };
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
  let rankRanges: RankRange[] | undefined;
  if (method.method === 'rank' && k >= 0) {
    const ranges = classRankRanges(run);
    rankRanges = [];
    const own = ranges[k];
    if (own) rankRanges.push({ label: method.labels[k]!, ...own });
    // The nearest better class that has clients.
    for (let better = k - 1; better >= 0; better--) {
      const r = ranges[better];
      if (r) {
        rankRanges.push({ label: method.labels[better]!, ...r });
        break;
      }
    }
  }
  const paretoBand =
    method.method === 'pareto' && k >= 0
      ? { from: k > 0 ? method.cutoffs[k - 1]! : 0, to: k < method.cutoffs.length ? method.cutoffs[k]! : 1 }
      : undefined;
  return {
    client,
    points,
    method: method.method,
    ...(threshold !== undefined ? { threshold } : {}),
    ...(gap ? { gap } : {}),
    ...(rankRanges ? { rankRanges } : {}),
    ...(paretoBand ? { paretoBand } : {}),
  };
}
