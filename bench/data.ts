/**
 * Seeded benchmark data: a client table with 6 criteria (mixed scoring types) and the four
 * models the benchmark compares. Same seed → same table, so every run measures the same work.
 */
import { validateModel, type CellValue, type ScoringModel } from '../src/engine';
import { seededRandom } from '../scripts/seededRandom';

export const HEADER = ['Klant', 'Omzet', 'Portfolio', 'Netwerk', 'Samenwerking', 'Potentieel', 'Betaaltermijn (dagen)'] as const;
/** Column positions in HEADER (the formula sheet uses the same layout). */
export const COL = { name: 0, revenue: 1, portfolio: 2, network: 3, cooperation: 4, potential: 5, paymentDays: 6 } as const;

export const WEIGHTS = { revenue: 5, portfolio: 2, network: 3, cooperation: 1, potential: 2, payment: 2 } as const;
export const SCORE_THRESHOLDS = [0.7, 0.45, 0.2] as const;
export const RANK_SHARES = [0.2, 0.3, 0.5] as const;
export const PARETO_CUTOFFS = [0.8, 0.95] as const;
export const PAYMENT_THRESHOLDS = [60, 30, 14] as const;
export const LABELS = ['A', 'B', 'C', 'D'] as const;

export interface ClientRows {
  readonly header: readonly CellValue[];
  readonly rows: CellValue[][];
}

/**
 * n clients as an adapter hands them over (a header row plus rows of cell values).
 * Revenue is log-normal in whole euros (a few large clients, a long tail, some ties);
 * judgements are 0..3; days to pay 5..90.
 */
export function clientRows(n: number, seed = 20240601): ClientRows {
  const random = seededRandom(seed);
  const rows: CellValue[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    // Box–Muller: a standard normal from two uniforms.
    const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const revenue = Math.max(1, Math.round(Math.exp(9 + 1.2 * z)));
    const judgement = () => Math.floor(random() * 4);
    rows[i] = [`Klant ${i + 1}`, revenue, judgement(), judgement(), judgement(), judgement(), 5 + Math.floor(random() * 86)];
  }
  return { header: [...HEADER], rows };
}

export type MethodName = 'score' | 'rank' | 'pareto' | 'computed';
export const METHODS: readonly MethodName[] = ['score', 'rank', 'pareto', 'computed'];

const CRITERIA = [
  { name: 'Omzet', weight: WEIGHTS.revenue, scoring: { type: 'quantiles' } },
  { name: 'Portfolio', weight: WEIGHTS.portfolio },
  { name: 'Netwerk', weight: WEIGHTS.network },
  { name: 'Samenwerking', weight: WEIGHTS.cooperation },
  { name: 'Potentieel', weight: WEIGHTS.potential },
  {
    name: 'Betaalgedrag',
    column: 'Betaaltermijn (dagen)',
    weight: WEIGHTS.payment,
    scoring: { type: 'thresholds', direction: 'lower', thresholds: [...PAYMENT_THRESHOLDS] },
  },
];

const CLASSIFICATION: Record<MethodName, unknown> = {
  score: { method: 'score', thresholds: [...SCORE_THRESHOLDS], labels: [...LABELS] },
  rank: { method: 'rank', shares: [...RANK_SHARES], labels: ['A', 'B', 'C'] },
  pareto: { method: 'pareto', column: 'Omzet', cutoffs: [...PARETO_CUTOFFS], labels: ['A', 'B', 'C'] },
  // ABC analysis is classically run on revenue; the 6 criteria are still scored.
  computed: { method: 'computed', column: 'Omzet', labels: ['A', 'B', 'C'] },
};

/** The benchmark model for a classification method, validated like a user's model file. */
export function benchModel(method: MethodName): ScoringModel {
  const result = validateModel({
    version: 1,
    name: `bench-${method}`,
    scaleMax: 3,
    revenue: 'Omzet',
    criteria: CRITERIA,
    classification: CLASSIFICATION[method],
  });
  if (!result.ok) throw new Error(`bench model ${method} is invalid: ${JSON.stringify(result.errors)}`);
  return result.model;
}
