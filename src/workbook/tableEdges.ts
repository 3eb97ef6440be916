import { cellErrorText, displayText, isBlank, parseNumber, type CellValue } from '../engine';
import { rangeAddress, type CellRange } from './cells';
import type { LocatedTable, TableContent } from './port';
import type { TablePlan } from './tablePlan';
import type { CatalogMessage } from '../i18n/catalog';

/**
 * The edges of a table found as Excel's current region, which takes in whatever touches it: a title
 * typed right above the header row, and, once our result columns stand beside the table, a note the
 * user typed under them. Neither is part of the client table.
 */

/** A row of column names: at least two, all text, none a number (a client row has numbers in it). */
function looksLikeHeader(row: readonly CellValue[]): boolean {
  const filled = row.filter((v) => !isBlank(v));
  return filled.length >= 2 && filled.length * 2 >= row.length
    && filled.every((v) => typeof v === 'string' && !cellErrorText(v) && parseNumber(v).kind !== 'number');
}

/**
 * A title right above the header row (often merged over the table's width; Excel then reports it in the
 * first cell only) leaves one text in the region's first row, and the column names in the next. Then
 * the table starts one row lower, and a warning says so. An Excel Table has its own header row.
 * `readRow` reads one row of cells (one extra round trip, only when the first row looks like a title).
 */
export async function withoutTitleRow(
  located: LocatedTable, readRow: (range: CellRange) => Promise<readonly (readonly (readonly CellValue[])[])[]>,
): Promise<{ located: LocatedTable; titleRow?: CatalogMessage }> {
  const { range, header } = located;
  const filled = header.filter((h) => !isBlank(h));
  if (located.tableName !== undefined || range.columnCount < 2 || range.rowCount < 3 || filled.length !== 1 || typeof filled[0] !== 'string') {
    return { located };
  }
  const [values] = await readRow({ ...range, row: range.row + 1, rowCount: 1 });
  const second = values?.[0] ?? [];
  if (!looksLikeHeader(second)) return { located };
  return {
    located: { ...located, range: { ...range, row: range.row + 1, rowCount: range.rowCount - 1 }, header: second },
    titleRow: {
      code: 'workbook.titleRowSkipped',
      params: { address: rangeAddress({ ...range, rowCount: 1 }), title: displayText(filled[0], 60), row: String(range.row + 1), headerRow: String(range.row + 2) },
    },
  };
}

/**
 * Rows at the bottom of the region that are blank in the client columns are not part of the table:
 * the region only reached them through something beside the clients (a note under our result columns,
 * a total the user added there). Left in, they would make a re-run claim the user's cells under our
 * block. An Excel Table's rows are its own and stay.
 */
export function withoutTrailingBlankRows(plan: TablePlan, content: TableContent): { plan: TablePlan; content: TableContent } {
  let rows = content.rows.length;
  while (rows > 0 && content.rows[rows - 1]!.every(isBlank)) rows--;
  const cut = content.rows.length - rows;
  if (plan.located.tableName !== undefined || cut === 0 || rows === 0) return { plan, content };
  const tableRows = plan.tableRows - cut;
  const end = plan.clientRange.row + tableRows;
  let { beside } = plan;
  let besideContent = content.beside;
  if (beside && besideContent && beside.row + beside.rowCount > end) {
    const keep = end - beside.row;
    beside = keep > 0 ? { ...beside, rowCount: keep } : undefined;
    besideContent = keep > 0 ? { ...besideContent, filled: besideContent.filled.slice(0, keep) } : undefined;
  }
  const { beside: _dropped, ...rest } = plan;
  return {
    plan: { ...rest, clientRange: { ...plan.clientRange, rowCount: tableRows }, tableRows, ...(beside ? { beside } : {}) },
    content: {
      header: content.header, rows: content.rows.slice(0, rows), numberFormats: content.numberFormats.slice(0, rows),
      hiddenRows: content.hiddenRows.filter((r) => r < rows), ...(besideContent ? { beside: besideContent } : {}),
    },
  };
}
