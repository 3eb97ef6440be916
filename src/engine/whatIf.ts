import type { ClassificationRun } from './run';
import { summarize } from './summary';

/**
 * What-if: two runs over the same client table (before and after a change of weights, limits or
 * method) compared before anything is written. Clients are matched by their sheet row, so the
 * comparison holds even when the two runs skipped different rows.
 */

export interface ClassChange {
  readonly name: string;
  /** Label before / after; null when unclassified (or absent) in that run. */
  readonly from: string | null;
  readonly to: string | null;
  /** The client's data row (0-based below the header), the same in both runs. */
  readonly row: number;
  /** Index of the client in each run; -1 when it is not in that run. */
  readonly beforeIndex: number;
  readonly afterIndex: number;
}

export interface ClassDelta {
  readonly label: string;
  readonly countBefore: number;
  readonly countAfter: number;
  readonly countDelta: number;
  readonly revenueBefore: number;
  readonly revenueAfter: number;
  readonly revenueDelta: number;
  /** Share of the positive revenue total, as in the summary and the report sheet. */
  readonly revenueShareBefore: number;
  readonly revenueShareAfter: number;
}

export interface RunComparison {
  /** Clients whose class changes, in row order. */
  readonly changes: readonly ClassChange[];
  /** Per label (the after run's labels first, then labels only the before run had). */
  readonly classes: readonly ClassDelta[];
  readonly unclassifiedBefore: number;
  readonly unclassifiedAfter: number;
}

function labelOf(run: ClassificationRun, i: number): string | null {
  const k = run.classIndex[i]!;
  return k >= 0 ? run.model.classification.labels[k]! : null;
}

/** Which clients change class, and how counts and revenue per class move. */
export function compareRuns(before: ClassificationRun, after: ClassificationRun): RunComparison {
  const beforeByRow = new Map<number, number>();
  for (let i = 0; i < before.count; i++) beforeByRow.set(before.table.dataRow[i]!, i);
  const changes: ClassChange[] = [];
  const matched = new Set<number>();
  for (let i = 0; i < after.count; i++) {
    const row = after.table.dataRow[i]!;
    const j = beforeByRow.get(row) ?? -1;
    if (j >= 0) matched.add(j);
    const from = j >= 0 ? labelOf(before, j) : null;
    const to = labelOf(after, i);
    if (from !== to) changes.push({ name: after.table.names[i]!, from, to, row, beforeIndex: j, afterIndex: i });
  }
  for (let j = 0; j < before.count; j++) {
    const from = labelOf(before, j);
    if (matched.has(j) || from === null) continue;
    changes.push({ name: before.table.names[j]!, from, to: null, row: before.table.dataRow[j]!, beforeIndex: j, afterIndex: -1 });
  }
  changes.sort((a, b) => a.row - b.row);

  const sBefore = summarize(before);
  const sAfter = summarize(after);
  const labels = [...sAfter.classes.map((c) => c.label)];
  for (const c of sBefore.classes) if (!labels.includes(c.label)) labels.push(c.label);
  const find = (s: typeof sBefore, label: string) => s.classes.find((c) => c.label === label);
  const classes = labels.map((label) => {
    const b = find(sBefore, label);
    const a = find(sAfter, label);
    const countBefore = b?.count ?? 0;
    const countAfter = a?.count ?? 0;
    const revenueBefore = b?.revenue ?? 0;
    const revenueAfter = a?.revenue ?? 0;
    return {
      label,
      countBefore,
      countAfter,
      countDelta: countAfter - countBefore,
      revenueBefore,
      revenueAfter,
      revenueDelta: revenueAfter - revenueBefore,
      revenueShareBefore: b?.revenueShare ?? 0,
      revenueShareAfter: a?.revenueShare ?? 0,
    };
  });
  return { changes, classes, unclassifiedBefore: sBefore.unclassified, unclassifiedAfter: sAfter.unclassified };
}
