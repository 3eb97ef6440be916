import { DECIDED_BY_METHOD, DECIDED_BY_OVERRIDE, UNCLASSIFIED, type ClassificationRun, type ClientFlag } from './run';
import type { ClassRule } from './types';

const orNull = (v: number | undefined): number | null => (v === undefined || Number.isNaN(v) ? null : v);

export type Decision =
  | { readonly kind: 'method' }
  | { readonly kind: 'rule'; readonly rule: ClassRule; readonly index: number; readonly fromLabel: string }
  | { readonly kind: 'override'; readonly reason: string }
  | { readonly kind: 'unclassified' };

/** One client's result as a plain object: null where there is no value, never NaN. */
export interface ClientResult {
  readonly index: number;
  readonly dataRow: number;
  readonly name: string;
  readonly criterionScores: readonly (number | null)[];
  readonly score: number | null;
  readonly max: number;
  readonly percent: number | null;
  readonly label: string | null;
  readonly classIndex: number;
  readonly decision: Decision;
  readonly rank: number | null;
  readonly revenue: number | null;
  readonly revenueShare: number | null;
  readonly cumulativeShare: number | null;
  readonly flags: readonly ClientFlag[];
}

export function decisionOf(run: ClassificationRun, i: number): Decision {
  const d = run.decidedBy[i]!;
  if (d === DECIDED_BY_METHOD) return { kind: 'method' };
  if (d === DECIDED_BY_OVERRIDE) return { kind: 'override', reason: run.overrideReason.get(i) ?? '' };
  if (d === UNCLASSIFIED) return { kind: 'unclassified' };
  const labels = run.model.classification.labels;
  return { kind: 'rule', rule: run.model.rules[d]!, index: d, fromLabel: labels[run.baseClass[i]!] ?? '' };
}

export function clientResult(run: ClassificationRun, i: number): ClientResult {
  const k = run.classIndex[i]!;
  const rank = run.rank[i]!;
  return {
    index: i,
    dataRow: run.table.dataRow[i]!,
    name: run.table.names[i]!,
    criterionScores: run.criterionScores.map((s) => orNull(s[i])),
    score: orNull(run.scores[i]),
    max: run.max,
    percent: orNull(run.percent[i]),
    label: k >= 0 ? run.model.classification.labels[k]! : null,
    classIndex: k,
    decision: decisionOf(run, i),
    rank: rank > 0 ? rank : null,
    revenue: orNull(run.revenue[i]),
    revenueShare: orNull(run.revenueShare[i]),
    cumulativeShare: orNull(run.cumulativeShare[i]),
    flags: run.flags.get(i) ?? [],
  };
}

export function allClients(run: ClassificationRun): ClientResult[] {
  return Array.from({ length: run.count }, (_, i) => clientResult(run, i));
}
