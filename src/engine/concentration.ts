/**
 * How much a portfolio leans on a few clients (the seed's ICT freelancer whose one big theatre client
 * lost its subsidy). Shares are of the positive revenue total: a credit note (negative revenue)
 * counts as 0, as everywhere else in the engine; clients without a revenue value are left out.
 */

/** A client above this share of revenue triggers the dependency warning (20%). */
export const DEFAULT_CONCENTRATION_LIMIT = 0.2;

export interface ConcentrationOptions {
  /** Share (0..1) above which one client is a risk; default 0.2. */
  readonly limit?: number;
}

export interface Concentration {
  /** Clients with a revenue value. */
  readonly clients: number;
  /** Sum of max(0, revenue). */
  readonly total: number;
  /** Index of the largest client (first row on ties); -1 when no client has positive revenue. */
  readonly largestIndex: number;
  /** Share of the largest client; 0 when the total is 0. */
  readonly largestShare: number;
  /** Combined share of the three largest clients (all of them when fewer than three). */
  readonly top3Share: number;
  /** Herfindahl index Σ share² (1/n when all are equal, 1 when one client has everything; 0 without revenue). */
  readonly herfindahl: number;
  /** 1 / Herfindahl: "your revenue is spread as if over this many equal clients"; 0 without revenue. */
  readonly equivalentClients: number;
  readonly limit: number;
  /** Clients whose share exceeds the limit, largest first. */
  readonly aboveLimit: readonly { readonly index: number; readonly share: number }[];
  /** True when at least one client exceeds the limit. */
  readonly warning: boolean;
}

/** Concentration figures of a revenue column (NaN = no value). */
export function concentration(revenue: Float64Array, options: ConcentrationOptions = {}): Concentration {
  const limit = options.limit ?? DEFAULT_CONCENTRATION_LIMIT;
  let clients = 0;
  let total = 0;
  for (const v of revenue) {
    if (Number.isNaN(v)) continue;
    clients++;
    total += Math.max(0, v);
  }
  if (!(total > 0)) {
    return {
      clients,
      total: 0,
      largestIndex: -1,
      largestShare: 0,
      top3Share: 0,
      herfindahl: 0,
      equivalentClients: 0,
      limit,
      aboveLimit: [],
      warning: false,
    };
  }
  // One pass, no sort (a million clients stay fast): Σ share², the three largest, and the few clients
  // above the limit (at most 1 / limit of them). Ties go to the earlier row, so row order never
  // changes the figures, only which of two equal clients is named.
  const share = (i: number) => revenue[i]! / total;
  const larger = (a: number, b: number) => revenue[a]! > revenue[b]! || (revenue[a]! === revenue[b]! && a < b);
  const top: number[] = [];
  const above: number[] = [];
  let herfindahl = 0;
  for (let i = 0; i < revenue.length; i++) {
    if (!(revenue[i]! > 0)) continue;
    herfindahl += share(i) ** 2;
    if (share(i) > limit) above.push(i);
    let k = top.length;
    while (k > 0 && larger(i, top[k - 1]!)) k--;
    if (k < 3) {
      top.splice(k, 0, i);
      top.length = Math.min(top.length, 3);
    }
  }
  const top3Share = Math.min(
    1,
    top.reduce((sum, i) => sum + share(i), 0),
  );
  const aboveLimit = above.sort((a, b) => (larger(a, b) ? -1 : 1)).map((index) => ({ index, share: share(index) }));
  return {
    clients,
    total,
    largestIndex: top[0]!,
    largestShare: share(top[0]!),
    top3Share,
    herfindahl,
    equivalentClients: 1 / herfindahl,
    limit,
    aboveLimit,
    warning: aboveLimit.length > 0,
  };
}
