import { compareRuns, type ClassChange, type ClassificationRun } from '../../engine';

export interface ClassShift {
  readonly label: string;
  readonly countBefore: number;
  readonly countAfter: number;
  /** Share of the (positive) revenue total, as in the summary and the report sheet. */
  readonly shareBefore: number;
  readonly shareAfter: number;
}

export interface WhatIfView {
  /** Clients whose class changes, in row order (the engine's comparison). */
  readonly moves: readonly ClassChange[];
  readonly classes: readonly ClassShift[];
}

/** The engine's run comparison in the shape the pane's tables show. */
export function whatIfView(before: ClassificationRun, after: ClassificationRun): WhatIfView {
  const comparison = compareRuns(before, after);
  return {
    moves: comparison.changes,
    classes: comparison.classes.map((c) => ({
      label: c.label,
      countBefore: c.countBefore,
      countAfter: c.countAfter,
      shareBefore: c.revenueShareBefore,
      shareAfter: c.revenueShareAfter,
    })),
  };
}

/** A client's score percentage in a run, or null (not in that run, or no score). */
export function percentIn(run: ClassificationRun, index: number): number | null {
  if (index < 0) return null;
  const p = run.percent[index]!;
  return Number.isNaN(p) ? null : p;
}
