/**
 * Profitability per client, as plain columns (Float64Array, NaN = unknown) so a criterion
 * "rendement" can score them like any other column (thresholds, quantiles, linear).
 *
 *   cost           = costs + hours × costPerHour   (each term only when its inputs are given)
 *   margin         = revenue − cost
 *   margin %       = margin / revenue               (only when revenue > 0)
 *   revenue / hour = revenue / hours                (only when hours > 0)
 *
 * A missing value never becomes 0: a client lacking any input a measure needs gets NaN for that
 * measure, and `missing` says which input it lacked.
 */

export interface ProfitabilityInput {
  readonly revenue: Float64Array;
  /** Direct costs per client (external costs, or a full cost price when time is not counted separately). */
  readonly costs?: Float64Array;
  /** Hours spent per client. */
  readonly hours?: Float64Array;
  /** Cost of one hour: one rate for everybody, or per client. Only with `hours`. */
  readonly costPerHour?: number | Float64Array;
}

export type ProfitabilityInputName = 'revenue' | 'costs' | 'hours' | 'costPerHour';

export const PROFITABILITY_MEASURES = ['margin', 'marginPercent', 'revenuePerHour'] as const;
export type ProfitabilityMeasure = (typeof PROFITABILITY_MEASURES)[number];

export interface Profitability {
  readonly cost: Float64Array;
  readonly margin: Float64Array;
  readonly marginPercent: Float64Array;
  readonly revenuePerHour: Float64Array;
  /** Per client: the inputs that were missing for a measure it could not get. */
  readonly missing: ReadonlyMap<number, readonly ProfitabilityInputName[]>;
  /** True when the input can give a margin at all (costs, or hours with a cost per hour). */
  readonly hasMargin: boolean;
  /** True when hours were given. */
  readonly hasHours: boolean;
}

/** Margin, margin % and revenue per hour for every client. */
export function profitability(input: ProfitabilityInput): Profitability {
  const { revenue, costs, hours, costPerHour } = input;
  const n = revenue.length;
  const rate = (i: number) => (costPerHour === undefined ? NaN : typeof costPerHour === 'number' ? costPerHour : costPerHour[i]!);
  const timeCounts = hours !== undefined && costPerHour !== undefined;
  const hasMargin = costs !== undefined || timeCounts;
  const cost = new Float64Array(n);
  const margin = new Float64Array(n);
  const marginPercent = new Float64Array(n);
  const revenuePerHour = new Float64Array(n);
  const missing = new Map<number, ProfitabilityInputName[]>();
  for (let i = 0; i < n; i++) {
    const lacking: ProfitabilityInputName[] = [];
    const r = revenue[i]!;
    if (Number.isNaN(r)) lacking.push('revenue');
    let c = 0;
    if (costs !== undefined) {
      if (Number.isNaN(costs[i]!)) lacking.push('costs');
      c += costs[i]!;
    }
    if (hours !== undefined && Number.isNaN(hours[i]!)) lacking.push('hours');
    if (timeCounts) {
      if (Number.isNaN(rate(i))) lacking.push('costPerHour');
      c += hours[i]! * rate(i);
    }
    cost[i] = hasMargin ? c : NaN;
    margin[i] = hasMargin ? r - c : NaN;
    marginPercent[i] = r > 0 ? margin[i]! / r : NaN;
    const h = hours === undefined ? NaN : hours[i]!;
    revenuePerHour[i] = h > 0 ? r / h : NaN;
    if (lacking.length > 0) missing.set(i, lacking);
  }
  return { cost, margin, marginPercent, revenuePerHour, missing, hasMargin, hasHours: hours !== undefined };
}

/** One measure as a column, ready to be scored as a criterion ("rendement"). */
export function profitabilityColumn(input: ProfitabilityInput, measure: ProfitabilityMeasure): Float64Array {
  return profitability(input)[measure];
}

export interface ProfitabilityTotals {
  /** Clients with a known margin. */
  readonly clients: number;
  readonly revenue: number;
  readonly cost: number;
  readonly margin: number;
  /** Σ margin / Σ revenue over the clients with a known margin (NaN-free: null when revenue ≤ 0). */
  readonly marginPercent: number | null;
  /** Σ revenue / Σ hours over the clients with both (null without hours). */
  readonly revenuePerHour: number | null;
  /** Clients with a negative margin. */
  readonly lossMaking: number;
}

/** Portfolio totals for the report sheet. */
export function profitabilityTotals(input: ProfitabilityInput, result: Profitability = profitability(input)): ProfitabilityTotals {
  let clients = 0;
  let revenue = 0;
  let cost = 0;
  let lossMaking = 0;
  let hourRevenue = 0;
  let hours = 0;
  for (let i = 0; i < input.revenue.length; i++) {
    const m = result.margin[i]!;
    if (!Number.isNaN(m)) {
      clients++;
      revenue += input.revenue[i]!;
      cost += result.cost[i]!;
      if (m < 0) lossMaking++;
    }
    const h = input.hours?.[i] ?? NaN;
    if (h > 0 && !Number.isNaN(input.revenue[i]!)) {
      hourRevenue += input.revenue[i]!;
      hours += h;
    }
  }
  return {
    clients,
    revenue,
    cost,
    margin: revenue - cost,
    marginPercent: revenue > 0 ? (revenue - cost) / revenue : null,
    revenuePerHour: hours > 0 ? hourRevenue / hours : null,
    lossMaking,
  };
}
