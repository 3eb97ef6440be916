import { cellErrorText, displayText, isBlank, parseNumber, type CellValue } from '../engine';
import { MAX_COLUMNS, MAX_ROWS, rangeAddress, type CellRange } from './cells';
import { KlantwaardeError } from './session';
import type { LocatedTable, TableContent } from './port';
import type { TablePlan } from './tablePlan';
import type { CatalogMessage } from '../i18n/catalog';

function fail(error: CatalogMessage): never {
  throw new KlantwaardeError(error);
}

/**
 * The edges of a table found as Excel's current region, which takes in whatever touches it: a title
 * typed right above the header row, and, once our result columns stand beside the table, a note the
 * user typed under them. Neither is part of the client table.
 */

/** A row of column names: at least two, all text, none a number (a client row has numbers in it). */
function looksLikeHeader(row: readonly CellValue[]): boolean {
  const filled = row.filter((v) => !isBlank(v));
  return (
    filled.length >= 2 &&
    filled.length * 2 >= row.length &&
    filled.every((v) => typeof v === 'string' && !cellErrorText(v) && parseNumber(v).kind !== 'number')
  );
}

/** Reads cell values of ranges (one round trip for all of them). */
export type ReadCells = (ranges: readonly CellRange[]) => Promise<readonly (readonly (readonly CellValue[])[])[]>;

/** What the locate step decided about the header row, for the pane's "Kopregel" choice and the CLI. */
export interface HeaderDetection {
  /** 1-based sheet row of the header row used. */
  readonly headerRow: number;
  /** 1-based sheet rows above it that held a title (left out of the table). */
  readonly titleRows: readonly number[];
  /** The user named the header row (pane choice, `--header-row`). */
  readonly manual: boolean;
}

export interface HeaderRowResult {
  readonly located: LocatedTable;
  readonly detection: HeaderDetection;
  /** What the user should know: the title rows left out, or the header row the Excel Table keeps. */
  readonly message?: CatalogMessage;
}

/** Rows looked at from the top of the region to find the header row below a title block. */
const PROBE_ROWS = 30;
/** Columns looked at: the region's, and at least this many from column A (a title region is narrow). */
const PROBE_COLUMNS = 64;
/** The first read down a table found outside the region; each next read is twice as long, up to MAX_CELLS_PER_READ. */
const FIRST_CHUNK = 256;
/** Cells per read while finding where such a table ends: well inside Office.js's payload limit. */
const MAX_CELLS_PER_READ = 100_000;

const filledCount = (row: readonly CellValue[]) => row.reduce<number>((n, v) => n + (isBlank(v) ? 0 : 1), 0);

/** The header's columns: from its first filled cell to the last one before two empty cells in a row. */
function headerSpan(row: readonly CellValue[]): { first: number; last: number } | undefined {
  const first = row.findIndex((v) => !isBlank(v));
  if (first < 0) return undefined;
  let last = first;
  for (let c = first + 1; c < row.length; c++) {
    if (!isBlank(row[c])) last = c;
    else if (c - last >= 2) break;
  }
  return { first, last };
}

/** A title block's rows hold one or two cells ("Klantenoverzicht 2025", "Kantoor: | Jansen"). */
const TITLE_CELLS = 2;

/**
 * The header row in the probe window: a row that looks like column names (two or more texts, no
 * numbers) with something under it and only title-like rows above it (a client row full of text
 * further down is never taken for a header); of several, the one with the most names (a title
 * block's "Kantoor: | Jansen" has fewer than the table's header), the first on a tie.
 */
function pickHeaderRow(window: readonly (readonly CellValue[])[]): number {
  let best = -1;
  let bestCount = 0;
  let above = 0;
  for (let r = 0; r + 1 < window.length && above <= TITLE_CELLS; r++) {
    const count = filledCount(window[r]!);
    const span = headerSpan(window[r]!);
    if (span && count > above) {
      const cells = window[r]!.slice(span.first, span.last + 1);
      const under = filledCount(window[r + 1]!.slice(span.first, span.last + 1));
      if (looksLikeHeader(cells) && under > 0 && count > bestCount) {
        best = r;
        bestCount = count;
      }
    }
    above = Math.max(above, count);
  }
  return best;
}

/** "4" or "1–3" (1-based sheet rows, first and last). */
function rowsText(rows: readonly number[]): string {
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * Finds the header row of a plain range: the region's first row when it looks like column names;
 * else the row below a title block (rows 1–3 a title, the header in row 4, as exports from accounting
 * packages come), inside the region or, when the region is only the title, below it; or the row the
 * user names (`headerRow`, 1-based). The table then runs from that row down to the first blank row.
 * An Excel Table has its own header row and keeps it.
 */
export async function locateHeaderRow(located: LocatedTable, readCells: ReadCells, headerRow?: number): Promise<HeaderRowResult> {
  const { range } = located;
  const regionTop = range.row + 1;
  if (located.tableName !== undefined) {
    const message: CatalogMessage | undefined =
      headerRow !== undefined && headerRow !== regionTop
        ? { code: 'workbook.headerRowOfTable', params: { table: located.tableName, row: String(regionTop), wanted: String(headerRow) } }
        : undefined;
    return { located, detection: { headerRow: regionTop, titleRows: [], manual: false }, ...(message ? { message } : {}) };
  }
  if (headerRow === undefined && range.rowCount >= 2 && looksLikeHeader(located.header)) {
    return { located, detection: { headerRow: regionTop, titleRows: [], manual: false } };
  }
  if (headerRow !== undefined && (!Number.isInteger(headerRow) || headerRow < 1 || headerRow > MAX_ROWS)) {
    fail({ code: 'workbook.headerRowInvalid', params: { row: String(headerRow), max: String(MAX_ROWS) } });
  }

  // One read of the rows at the top of the region (or of the named row alone), from column A.
  const top = headerRow !== undefined ? headerRow - 1 : range.row;
  const columnCount = Math.min(MAX_COLUMNS, Math.max(range.column + range.columnCount, PROBE_COLUMNS));
  const probeRows = headerRow !== undefined ? 1 : PROBE_ROWS;
  const probe: CellRange = { sheet: range.sheet, row: top, column: 0, rowCount: Math.min(probeRows, MAX_ROWS - top), columnCount };
  const [window = []] = await readCells([probe]);
  const at = headerRow !== undefined ? headerRow - 1 - top : pickHeaderRow(window);
  if (at < 0) return { located, detection: { headerRow: regionTop, titleRows: [], manual: false } };
  const row = window[at] ?? [];
  const span = headerSpan(row);
  const sheetRow = top + at;
  if (!span) fail({ code: 'workbook.headerRowBlank', params: { row: String(sheetRow + 1), sheet: range.sheet } });

  // Inside the region the region's own columns and bottom stand; outside it, the table is read down to its first blank row.
  let found: CellRange;
  if (
    sheetRow >= range.row &&
    sheetRow < range.row + range.rowCount &&
    span.first >= range.column &&
    span.last < range.column + range.columnCount
  ) {
    found = { ...range, row: sheetRow, rowCount: range.row + range.rowCount - sheetRow };
  } else {
    const columns = { column: span.first, columnCount: span.last - span.first + 1 };
    let end = sheetRow + 1;
    const maxChunk = Math.max(FIRST_CHUNK, Math.floor(MAX_CELLS_PER_READ / columns.columnCount));
    for (let chunk = FIRST_CHUNK; end < MAX_ROWS; chunk = Math.min(chunk * 2, maxChunk)) {
      const rowCount = Math.min(chunk, MAX_ROWS - end);
      const [cells = []] = await readCells([{ sheet: range.sheet, row: end, ...columns, rowCount }]);
      const blank = cells.findIndex((r) => r.every(isBlank));
      if (blank >= 0) {
        end += blank;
        break;
      }
      end += rowCount;
    }
    found = { sheet: range.sheet, row: sheetRow, ...columns, rowCount: end - sheetRow };
  }
  const header = row.slice(found.column, found.column + found.columnCount);
  const titleRows: number[] = [];
  for (let r = Math.max(0, range.row - top); r < at; r++) if (filledCount(window[r] ?? []) > 0) titleRows.push(top + r + 1);
  const detection: HeaderDetection = { headerRow: sheetRow + 1, titleRows, manual: headerRow !== undefined };
  const result = { located: { ...located, range: found, header }, detection };
  if (headerRow !== undefined || titleRows.length === 0) return result;
  const titleRange: CellRange = {
    sheet: range.sheet,
    row: titleRows[0]! - 1,
    column: found.column,
    rowCount: titleRows[titleRows.length - 1]! - titleRows[0]! + 1,
    columnCount: found.columnCount,
  };
  const title = displayText(window[titleRows[0]! - 1 - top]!.find((v) => !isBlank(v)) ?? '', 60);
  const message: CatalogMessage =
    titleRows.length === 1
      ? {
          code: 'workbook.titleRowSkipped',
          params: { address: rangeAddress(titleRange), title, row: String(titleRows[0]), headerRow: String(sheetRow + 1) },
        }
      : {
          code: 'workbook.titleRowsSkipped',
          params: { address: rangeAddress(titleRange), title, rows: rowsText(titleRows), headerRow: String(sheetRow + 1) },
        };
  return { ...result, message };
}

/** Rows looked at below a table found as a region, for clients left out by a blank row. */
export const BELOW_ROWS = 200;
/** Blank rows between the table and more clients that still count as "a blank row inside the data". */
const MAX_GAP = 3;

/** How many rows below a plain table to read along with it (0 for an Excel Table, whose rows are its own). */
export function rowsToReadBelow(found: LocatedTable): number {
  if (found.tableName !== undefined) return 0;
  return Math.max(0, Math.min(BELOW_ROWS, MAX_ROWS - (found.range.row + found.range.rowCount)));
}

/**
 * A blank row inside the client list ends the region, as it ends Excel's own sort and filter. The
 * rows below it are left out (they may be notes or another list, and results are never written next
 * to rows nobody checked); when they look like more clients (as many filled cells as half the
 * header, no second header row), a warning says how many and where, and how to include them.
 * `below` holds the rows right under the table, in the table's columns.
 */
export function clientRowsBelow(found: LocatedTable, below: readonly (readonly CellValue[])[]): CatalogMessage | undefined {
  const { range } = found;
  const end = range.row + range.rowCount;
  let r = 0;
  while (r < below.length && r < MAX_GAP && below[r]!.every(isBlank)) r++;
  if (r === 0 || r === below.length || below[r]!.every(isBlank)) return undefined;
  const need = Math.max(1, Math.ceil(filledCount(found.header) / 2));
  const first = r;
  while (r < below.length && filledCount(below[r]!) >= need && !looksLikeHeader(below[r]!)) r++;
  const count = r - first;
  if (count === 0) return undefined;
  return {
    code: r === below.length ? 'workbook.clientRowsBelowMany' : 'workbook.clientRowsBelow',
    params: { count, blank: rowsText([end + 1, end + first]), rows: rowsText([end + first + 1, end + r]), address: rangeAddress(range) },
  };
}

/** The same check with its own read (for a sample, which does not read to the table's end). */
export async function readClientRowsBelow(found: LocatedTable, readCells: ReadCells): Promise<CatalogMessage | undefined> {
  const count = rowsToReadBelow(found);
  if (count === 0) return undefined;
  const [below = []] = await readCells([{ ...found.range, row: found.range.row + found.range.rowCount, rowCount: count }]);
  return clientRowsBelow(found, below);
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
      header: content.header,
      rows: content.rows.slice(0, rows),
      numberFormats: content.numberFormats.slice(0, rows),
      hiddenRows: content.hiddenRows.filter((r) => r < rows),
      ...(besideContent ? { beside: besideContent } : {}),
    },
  };
}
