import { sortedFinite } from './sorted';

/**
 * Client types, a four-box view of the portfolio: value × potential, each axis with a limit
 * ("high" = value ≥ limit) → Strategisch (high, high), Groot (high value, low potential),
 * Ontwikkeling (low value, high potential), Transactioneel (low, low).
 *
 * A client without a value on either axis gets no quadrant (-1). The catalog holds the names and
 * the short strategy for each box (keys `insight.type.*`).
 */

export const CLIENT_TYPES = ['strategic', 'large', 'development', 'transactional'] as const;
export type ClientType = (typeof CLIENT_TYPES)[number];

/** A limit on one axis: a number, or "median" (the median of the clients with a value). */
export type AxisLimit = number | 'median';

export interface Quadrants {
  /** Per client: 0 = (high, high), 1 = (high x, low y), 2 = (low x, high y), 3 = (low, low), -1 = unknown. */
  readonly quadrant: Int8Array;
  /** Clients per quadrant 0..3. */
  readonly counts: readonly [number, number, number, number];
  readonly unknown: number;
  /** The limits actually used (a "median" resolved to its number; NaN when the axis has no values). */
  readonly limits: { readonly x: number; readonly y: number };
}

/** Median of the values that are not NaN (the mean of the middle two for an even count). */
export function median(values: Float64Array): number {
  const sorted = sortedFinite(values);
  const n = sorted.length;
  if (n === 0) return NaN;
  return n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
}

function resolve(limit: AxisLimit, values: Float64Array): number {
  return limit === 'median' ? median(values) : limit;
}

/** Places every client in a quadrant of x × y. */
export function quadrants(x: Float64Array, y: Float64Array, limits: { x?: AxisLimit; y?: AxisLimit } = {}): Quadrants {
  const lx = resolve(limits.x ?? 'median', x);
  const ly = resolve(limits.y ?? 'median', y);
  const quadrant = new Int8Array(x.length);
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  let unknown = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    const yi = y[i]!;
    if (Number.isNaN(xi) || Number.isNaN(yi)) {
      quadrant[i] = -1;
      unknown++;
      continue;
    }
    const q = (xi >= lx ? 0 : 2) + (yi >= ly ? 0 : 1);
    quadrant[i] = q;
    counts[q] = counts[q]! + 1;
  }
  return { quadrant, counts, unknown, limits: { x: lx, y: ly } };
}

export interface TypeLimits {
  readonly value?: AxisLimit;
  readonly potential?: AxisLimit;
}

/** Client types: value (e.g. revenue or score) × potential (e.g. a 0–3 judgement). Quadrant k = CLIENT_TYPES[k]. */
export function clientTypes(value: Float64Array, potential: Float64Array, limits: TypeLimits = {}): Quadrants {
  return quadrants(value, potential, { x: limits.value ?? 'median', y: limits.potential ?? 'median' });
}

/** The type of quadrant k, or null when unknown. */
export function clientTypeOf(quadrant: number): ClientType | null {
  return quadrant >= 0 ? CLIENT_TYPES[quadrant]! : null;
}
