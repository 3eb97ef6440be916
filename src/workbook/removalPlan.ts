import { isBlank, type CellValue } from '../engine';
import type { CatalogMessage } from '../i18n/catalog';
import { a1, rangeAddress, type CellRange } from './cells';
import type { SettingsState, WorkbookPort, WritePlan } from './port';
import { looksLikeOwnReport } from './report';
import {
  isOwnHeaderRow,
  MAX_RESULT_COLUMNS,
  ownInsightColumns,
  parseRecord,
  RESULT_COLUMN_COUNT,
  SETTINGS_KEYS,
  type ResultsEntry,
} from './results';
import type { ResultsDescription } from './session';
import { fail } from './tableAtHand';

export interface RemovalPlan {
  readonly plan: WritePlan;
  readonly description: ResultsDescription;
  readonly removedColumns: number;
  readonly warnings: CatalogMessage[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What removing one recorded block takes: its columns deleted, its table columns deleted, or its cells cleared. */
interface BlockRemoval {
  readonly range: CellRange;
  readonly header: readonly CellValue[];
  readonly count: number;
  readonly entry: ResultsEntry;
}

/**
 * What "remove results" would take away right now: our column blocks whose header cells are still
 * ours (a block a user changed since is kept and reported) and our report sheets. Shared by the
 * confirmation (describeResults) and the removal itself, so the question names exactly what goes.
 * A write that failed halfway (see excel/write.ts) is cleaned up too: inserted columns still without
 * their header are ours only when nothing at all is in them, table columns added one by one count up
 * to the first one that is not ours, and a recorded report sheet that is empty goes.
 */
export async function planRemoval(port: WorkbookPort): Promise<RemovalPlan> {
  const state = await port.readSettings();
  const record = parseRecord(state.settings[SETTINGS_KEYS.results]);
  const warnings: CatalogMessage[] = [];
  const description: { blocks: ResultsDescription['blocks'][number][]; reports: string[] } = { blocks: [], reports: [] };
  if (record.entries.length === 0) return { plan: {}, description, removedColumns: 0, warnings };
  const sheets = new Map(state.sheetNames.map((s) => [s.toLowerCase(), s]));
  const entries = record.entries.filter((e) => sheets.has(e.sheet.toLowerCase()));
  const reports = [...new Set(record.entries.flatMap((e) => e.reports))].filter((r) => sheets.has(r.toLowerCase()));
  const headerCells = (e: ResultsEntry): CellRange => ({
    sheet: sheets.get(e.sheet.toLowerCase())!,
    row: e.headerRow,
    column: e.column,
    rowCount: 1,
    columnCount: blockWidth(e),
  });
  const reportTitleCell = (r: string): CellRange => ({
    sheet: sheets.get(r.toLowerCase())!,
    row: 0,
    column: 0,
    rowCount: 1,
    columnCount: 1,
  });
  const found = await port.readCells([...entries.map(headerCells), ...reports.map(reportTitleCell)]);
  const removals = await blockRemovals(port, state, entries, found, headerCells, warnings);
  const plan: Mutable<WritePlan> = {};
  // Our report sheets: recognised by their title, or empty (a write that failed right after adding it; nothing to lose).
  const emptySheets = new Set((state.emptySheets ?? []).map((s) => s.toLowerCase()));
  const deleteSheets = reports.filter((r, i) => looksLikeOwnReport(found[entries.length + i]![0]![0]) || emptySheets.has(r.toLowerCase()));
  if (deleteSheets.length > 0 && state.workbookProtected)
    fail({ code: 'workbook.structureProtected', params: { sheet: sheets.get(deleteSheets[0]!.toLowerCase())! } });
  if (deleteSheets.length > 0) plan.deleteSheets = deleteSheets.map((r) => sheets.get(r.toLowerCase())!);
  description.blocks.push(...planBlockRemovals(removals, plan));
  description.reports.push(...(plan.deleteSheets ?? []));
  plan.settings = { [SETTINGS_KEYS.results]: null };
  const removedColumns = removals.reduce((sum, r) => sum + r.count, 0);
  return { plan, description, removedColumns, warnings };
}

/** Step: decide per recorded block how much of it is still ours; a block the user changed is kept and reported. */
async function blockRemovals(
  port: WorkbookPort,
  state: SettingsState,
  entries: readonly ResultsEntry[],
  found: readonly CellValue[][][],
  headerCells: (e: ResultsEntry) => CellRange,
  warnings: CatalogMessage[],
): Promise<BlockRemoval[]> {
  const protectedSheets = new Set((state.protectedSheets ?? []).map((s) => s.toLowerCase()));
  // (Checked up to a million cells, one read; a bigger block is left alone with the usual warning.)
  const headerless = entries.filter((e, i) => e.inserted && found[i]![0]!.every(isBlank) && e.rowCount * blockWidth(e) <= 1_000_000);
  const headerlessCells = await port.readCells(headerless.map((e) => ({ ...headerCells(e), rowCount: e.rowCount })));
  const removals: BlockRemoval[] = [];
  entries.forEach((e, i) => {
    const header = found[i]![0]!;
    const range = headerCells(e);
    const unwritten = headerless.indexOf(e);
    const partial = e.tableName !== undefined && !isOwnBlockHeader(header, true) ? ownTablePrefix(header, e.headers) : 0;
    let count = range.columnCount;
    if (unwritten >= 0 && headerlessCells[unwritten]!.every((row) => row.every(isBlank))) {
      // Empty columns we inserted: removing them loses nothing.
    } else if (partial > 0) {
      count = partial;
    } else if (!isOwnBlockHeader(header, e.tableName !== undefined)) {
      warnings.push({ code: 'workbook.resultsChanged', params: { sheet: range.sheet, range: a1({ ...range, rowCount: e.rowCount }) } });
      return;
    }
    if (protectedSheets.has(range.sheet.toLowerCase())) fail({ code: 'workbook.removeProtected', params: { sheet: range.sheet } });
    removals.push({ range, header, count, entry: e });
  });
  return removals;
}

/** Step: add the blocks' removal to the write by how each block was written; returns the blocks for the confirmation. */
function planBlockRemovals(removals: readonly BlockRemoval[], plan: Mutable<WritePlan>): ResultsDescription['blocks'][number][] {
  const blocks: ResultsDescription['blocks'][number][] = [];
  const clear: CellRange[] = [];
  const deleteTableColumns: { tableName: string; headers: string[] }[] = [];
  const deleteColumns: { sheet: string; column: number; count: number }[] = [];
  for (const { range, header, count, entry: e } of removals) {
    const block = { ...range, columnCount: count, rowCount: e.rowCount };
    blocks.push({ sheet: range.sheet, address: rangeAddress(block), headers: header.slice(0, count).map((h) => String(h)) });
    if (e.inserted) deleteColumns.push({ sheet: range.sheet, column: e.column, count: range.columnCount });
    else if (e.tableName) deleteTableColumns.push({ tableName: e.tableName, headers: header.slice(0, count).map((h) => String(h)) });
    else clear.push(block);
  }
  if (clear.length > 0) plan.clear = clear;
  if (deleteTableColumns.length > 0) plan.deleteTableColumns = deleteTableColumns;
  // Right to left, so deleting one span never moves another.
  if (deleteColumns.length > 0) plan.deleteColumns = deleteColumns.sort((a, b) => b.column - a.column);
  return blocks;
}

/** Columns of a recorded block: the eight fixed ones plus the insight columns written after them. */
function blockWidth(e: ResultsEntry): number {
  return Math.min(MAX_RESULT_COLUMNS, Math.max(RESULT_COLUMN_COUNT, e.headers.length));
}

/** How many leading header cells are exactly the recorded headers, when every cell after them is blank. */
function ownTablePrefix(cells: readonly CellValue[], recorded: readonly string[]): number {
  let k = 0;
  while (
    k < cells.length &&
    k < recorded.length &&
    typeof cells[k] === 'string' &&
    String(cells[k]).toLowerCase() === recorded[k]!.toLowerCase()
  )
    k++;
  return cells.slice(k).every(isBlank) ? k : 0;
}

/** Every header cell of a recorded block is still ours: the eight fixed ones, then only insight columns. */
function isOwnBlockHeader(cells: readonly CellValue[], inTable: boolean): boolean {
  return (
    isOwnHeaderRow(cells.slice(0, RESULT_COLUMN_COUNT), inTable) &&
    ownInsightColumns(cells.slice(RESULT_COLUMN_COUNT), inTable).length === cells.length - RESULT_COLUMN_COUNT
  );
}
