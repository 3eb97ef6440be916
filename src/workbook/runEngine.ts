import { classifyTable, sheetRowList, type ClassificationRun, type ScoringModel } from '../engine';
import type { CatalogMessage } from '../i18n/catalog';
import { fail, tableWarnings, type TableAtHand } from './tableAtHand';

export interface EngineResult {
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
  return { run: result.run, warnings: [...tableWarnings(at, skipHidden), ...warnings] };
}
