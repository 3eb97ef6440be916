import type { ClassificationRun } from './run';

export interface ClassSummary {
  readonly label: string;
  readonly count: number;
  /** Sum of revenue (credit notes included as they are). */
  readonly revenue: number;
  /** Share of the positive revenue total (negative revenue counts as 0). */
  readonly revenueShare: number;
  readonly averageScore: number | null;
  readonly averagePercent: number | null;
}

export interface PortfolioSummary {
  readonly classes: readonly ClassSummary[];
  readonly unclassified: number;
  /** Revenue of the unclassified clients, and its share (positive revenue over the total), as for a class. */
  readonly unclassifiedRevenue: number;
  readonly unclassifiedRevenueShare: number;
  readonly clients: number;
  readonly revenueTotal: number;
}

/** Per class: number of clients, revenue, share of revenue and average score. */
export function summarize(run: ClassificationRun): PortfolioSummary {
  const labels = run.model.classification.labels;
  const count = new Array<number>(labels.length).fill(0);
  const revenue = new Array<number>(labels.length).fill(0);
  const positive = new Array<number>(labels.length).fill(0);
  const scoreSum = new Array<number>(labels.length).fill(0);
  const percentSum = new Array<number>(labels.length).fill(0);
  const scored = new Array<number>(labels.length).fill(0);
  let unclassified = 0;
  let unclassifiedRevenue = 0;
  let unclassifiedPositive = 0;
  for (let i = 0; i < run.count; i++) {
    const k = run.classIndex[i]!;
    const r = run.revenue[i]!;
    if (k < 0) {
      unclassified++;
      if (!Number.isNaN(r)) {
        unclassifiedRevenue += r;
        unclassifiedPositive += Math.max(0, r);
      }
      continue;
    }
    count[k]!++;
    if (!Number.isNaN(r)) {
      revenue[k]! += r;
      positive[k]! += Math.max(0, r);
    }
    const s = run.scores[i]!;
    if (!Number.isNaN(s)) {
      scoreSum[k]! += s;
      percentSum[k]! += run.percent[i]!;
      scored[k]!++;
    }
  }
  const total = run.revenueTotal;
  return {
    classes: labels.map((label, k) => ({
      label,
      count: count[k]!,
      revenue: revenue[k]!,
      revenueShare: total > 0 ? positive[k]! / total : 0,
      averageScore: scored[k]! > 0 ? scoreSum[k]! / scored[k]! : null,
      averagePercent: scored[k]! > 0 ? percentSum[k]! / scored[k]! : null,
    })),
    unclassified,
    unclassifiedRevenue,
    unclassifiedRevenueShare: total > 0 ? unclassifiedPositive / total : 0,
    clients: run.count,
    revenueTotal: total,
  };
}
