import { median } from './clientTypes';
import type { ClassificationRun } from './run';
import { cellErrorText, displayText, isBlank } from './text';
import type { CellValue } from './types';

/** A value of a categorical column, among the top-class clients and among all clients. */
export interface CategoryShare {
  readonly value: string;
  readonly topCount: number;
  readonly allCount: number;
  /** Share among top-class clients / share among all classified clients. */
  readonly topShare: number;
  readonly allShare: number;
  /** topShare / allShare: above 1 the value is more common among the best clients. */
  readonly lift: number;
}

export interface CategoryProfile {
  readonly column: string;
  /** Values from the highest lift down (ties: more top-class clients first). */
  readonly values: readonly CategoryShare[];
}

export interface IdealClientProfile {
  readonly label: string;
  readonly topClients: number;
  readonly clients: number;
  readonly categories: readonly CategoryProfile[];
  readonly medianRevenue: { readonly top: number; readonly all: number };
  readonly medianHours: { readonly top: number; readonly all: number };
}

/** A column is categorical when its values are text and repeat: at most this many distinct values … */
const MAX_CATEGORIES = 12;
/** … and on average at least two clients per value. */
const MIN_CLIENTS_PER_VALUE = 2;

/**
 * "Once you know your A-clients, describe your ideal client": per categorical column (branche,
 * rechtsvorm, regio, …) how common each value is among the top class versus all classified clients,
 * and the median revenue and hours of both. `exclude` are columns with another role (owner, growth).
 * Undefined when nobody is in the top class.
 */
export function idealClientProfile(
  run: ClassificationRun,
  rows: readonly (readonly CellValue[])[],
  exclude: readonly number[] = [],
): IdealClientProfile | undefined {
  const { table } = run;
  const m = table.mapping;
  const classified: number[] = [];
  const top: number[] = [];
  for (let i = 0; i < run.count; i++) {
    if (run.classIndex[i]! < 0) continue;
    classified.push(i);
    if (run.classIndex[i] === 0) top.push(i);
  }
  if (top.length === 0) return undefined;
  const roles = new Set([
    m.name,
    m.revenue,
    ...m.criteria,
    m.override,
    m.reason,
    m.previousClass,
    m.classColumn,
    m.costs,
    m.hours,
    m.potential,
    ...exclude,
  ]);
  const categories: CategoryProfile[] = [];
  table.headers.forEach((header, column) => {
    if (roles.has(column) || !header) return;
    // One pass; a column stops being a candidate as soon as it has too many distinct values (names, notes).
    const counts = new Map<string, { value: string; top: number; all: number }>();
    let texts = 0;
    for (const i of classified) {
      const cell = rows[table.dataRow[i]!]?.[column];
      if (typeof cell !== 'string' || isBlank(cell) || cellErrorText(cell)) continue;
      const value = displayText(cell, 100).trim();
      const key = value.toLowerCase();
      let c = counts.get(key);
      if (!c) {
        if (counts.size === MAX_CATEGORIES) return;
        c = { value, top: 0, all: 0 };
        counts.set(key, c);
      }
      c.all++;
      texts++;
      if (run.classIndex[i] === 0) c.top++;
    }
    // Mostly text, else it is a number or date column with a stray note.
    if (texts < classified.length / 2) return;
    if (counts.size < 2 || texts / counts.size < MIN_CLIENTS_PER_VALUE) return;
    const shares = [...counts.values()].map((c) => {
      const topShare = c.top / top.length;
      const allShare = c.all / classified.length;
      return { value: c.value, topCount: c.top, allCount: c.all, topShare, allShare, lift: topShare / allShare };
    });
    shares.sort((a, b) => b.lift - a.lift || b.topCount - a.topCount || a.value.localeCompare(b.value));
    categories.push({ column: header, values: shares });
  });
  const hours = m.hours >= 0 ? table.numeric.get(m.hours)?.values : undefined;
  const medianOf = (values: Float64Array | undefined, of: readonly number[]) =>
    values ? median(Float64Array.from(of, (i) => values[i]!)) : NaN;
  return {
    label: run.model.classification.labels[0]!,
    topClients: top.length,
    clients: classified.length,
    categories,
    medianRevenue: { top: medianOf(run.revenue, top), all: medianOf(run.revenue, classified) },
    medianHours: { top: medianOf(hours, top), all: medianOf(hours, classified) },
  };
}
