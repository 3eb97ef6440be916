import { classifyTable, sheetRowList, summarize, type ClassificationRun, type ScoringModel } from '../engine';
import type { CatalogMessage } from '../i18n/catalog';
import { rangeAddress, type CellRange } from './cells';
import { fail, tableWarnings, type TableAtHand } from './tableAtHand';
import type { TablePlan } from './tablePlan';

interface EngineResult {
  readonly run: ClassificationRun;
  readonly warnings: CatalogMessage[];
}

/** Runs the engine on the rows read; hidden rows become blank rows when skipped, so every address stays right. */
export function runEngine(at: TableAtHand, model: ScoringModel, skipHidden: boolean): EngineResult {
  const { plan, content } = at;
  const hidden = new Set(skipHidden ? content.hiddenRows : []);
  const rows = hidden.size === 0 ? content.rows : content.rows.map((row, r) => (hidden.has(r) ? [] : row));
  const result = classifyTable(content.header, rows, model, {
    placement: { sheet: plan.clientRange.sheet, headerRow: plan.clientRange.row + 1, firstColumn: plan.clientRange.column },
    numberFormats: content.numberFormats,
  });
  if (!result.ok) fail(result.error);
  const warnings: CatalogMessage[] = [];
  for (const w of result.warnings) {
    if (w.code !== 'table.blankRowsSkipped' || hidden.size === 0) {
      warnings.push(w);
      continue;
    }
    // Hidden rows were passed as blank; count only the rows that really are blank.
    const blank = result.run.table.skippedBlankRows.filter((r) => !hidden.has(r));
    if (blank.length > 0)
      warnings.push({ ...w, params: { ...w.params, count: blank.length, rows: sheetRowList(blank, result.run.table.placement) } });
  }
  return { run: result.run, warnings: [...tableWarnings(at, skipHidden), ...warnings, ...runWarnings(result.run, plan)] };
}

/** What the user should know about the outcome itself: a class nobody falls in, revenue that gives no shares. */
function runWarnings(run: ClassificationRun, plan: TablePlan): CatalogMessage[] {
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
