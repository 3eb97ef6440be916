import { summarize, type ClassificationRun } from '../engine';
import type { CatalogMessage } from '../i18n/catalog';
import { rangeAddress, type CellRange } from './cells';
import type { TablePlan } from './tablePlan';

/*
 * Part of the write half (resultsWriter.ts): a preview needs the run only, a written outcome also
 * says what stands out in it.
 */

/** What the user should know about the outcome itself: a class nobody falls in, revenue that gives no shares. */
export function runWarnings(run: ClassificationRun, plan: TablePlan): CatalogMessage[] {
  const warnings: CatalogMessage[] = [];
  const revenue = run.table.mapping.revenue;
  if (revenue >= 0 && run.count > 0 && !(run.revenueTotal > 0)) {
    const column = plan.clientRange.column + revenue;
    const cells: CellRange = {
      sheet: plan.clientRange.sheet,
      row: plan.clientRange.row + 1,
      column,
      rowCount: plan.clientRange.rowCount - 1,
      columnCount: 1,
    };
    warnings.push({ code: 'workbook.revenueAllZero', params: { column: run.table.headers[revenue]!, address: rangeAddress(cells) } });
  }
  const { classes } = summarize(run);
  const empty = classes.filter((c) => c.count === 0).map((c) => c.label);
  // When no client could be classified at all, the clients' own signals say why; "every class is empty" adds nothing.
  if (empty.length > 0 && empty.length < classes.length)
    warnings.push({ code: 'workbook.emptyClasses', params: { labels: empty.join(', ') } });
  return warnings;
}
