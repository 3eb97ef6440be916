import type { ClassificationRun } from '../../engine';

/** A client's score percentage in a run, or null (not in that run, or no score). */
export function percentIn(run: ClassificationRun, index: number): number | null {
  if (index < 0) return null;
  const p = run.percent[index]!;
  return Number.isNaN(p) ? null : p;
}
