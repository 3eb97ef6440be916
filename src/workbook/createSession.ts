import {
  classifyTable, columnLetter, displayText, isBlank, modelToJson, portfolioInsight, sheetRowList, summarize, type CellValue,
  type ClassificationRun, type ScoringModel,
} from '../engine';
import { t, type CatalogMessage, type Lang } from '../i18n/catalog';
import { thrownText } from '../i18n/errorText';
import { a1, listCells, rangeAddress, type CellRange } from './cells';
import { resultColumns } from './columns';
import { insightOutputColumns } from './insightColumns';
import type { OutputColumn, TableContent, TableReadRequest, WorkbookPort, WorkbookState, WritePlan } from './port';
import { buildReport, looksLikeOwnReport, reportSheetName, reportTitle } from './report';
import {
  EMPTY_RECORD, freeHeader, isOwnHeaderRow, MAX_RESULT_COLUMNS, ownInsightColumns, ownReports, parseRecord, recordJson, RESULT_COLUMN_COUNT, SETTINGS_KEYS,
  type ResultsEntry, type ResultsRecord,
} from './results';
import {
  KlantwaardeError, sameTable, tableLabel, type ClassifyOptions, type ClassifyOutcome, type DetectedTable, type KlantwaardeSession,
  type ResultsDescription,
} from './session';
import { clientRowsBelow, locateHeaderRow, readClientRowsBelow, rowsToReadBelow, withoutTrailingBlankRows, type HeaderDetection } from './tableEdges';
import { planTable, resolveOwnership, type TablePlan } from './tablePlan';
import { agendaFile, planForRun } from './actionPlan';
import { buildPlanSheet, planTitle } from './planSheet';

export interface SessionOptions {
  /** The clock for the report date and year (tests pin it). */
  readonly now?: () => Date;
}

const SAMPLE_ROWS = 20;

/** Progress shares of a classify run: reading, the engine, writing. */
const PROGRESS = { located: 0.05, read: 0.4, classified: 0.55 } as const;

function fail(error: CatalogMessage): never {
  throw new KlantwaardeError(error);
}

async function hostCall<T>(sheet: string, code: 'workbook.readFailed' | 'workbook.writeFailed', call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof KlantwaardeError) throw e;
    throw new KlantwaardeError({ code, params: { sheet, detail: thrownText(e) } });
  }
}

interface TableAtHand {
  readonly state: WorkbookState;
  readonly record: ResultsRecord;
  readonly plan: TablePlan;
  readonly content: TableContent;
  /** Which row is the header row, and the title rows left out above it. */
  readonly detection: HeaderDetection;
  /** What the locate step tells the user: title rows left out, clients below a blank row left out. */
  readonly edges: readonly CatalogMessage[];
}

function readRequest(plan: TablePlan, sampleRows?: number): TableReadRequest {
  // A sample (for "detect") never leads to a write, so the cells beside the table are not needed.
  if (sampleRows !== undefined) return { range: plan.clientRange, sampleRows };
  return { range: plan.clientRange, ...(plan.beside ? { beside: plan.beside } : {}) };
}

/** The header row looks like numbers, not names (the engine's rule, checked early so "detect" can say so). */
function headerLooksNumeric(header: readonly CellValue[]): boolean {
  const numeric = header.filter((h) => typeof h === 'number').length;
  return numeric > 0 && numeric >= header.filter((h) => !isBlank(h)).length / 2;
}

/** `model` plans the insight columns too (see `planTable`); detecting the table has none. */
async function locateAndRead(
  port: WorkbookPort, sampleRows: number | undefined, onProgress?: (f: number) => void, model?: ScoringModel, headerRow?: number,
): Promise<TableAtHand> {
  let record: ResultsRecord = EMPTY_RECORD;
  const prefetch = (located: TablePlan['located']) => {
    const plan = planTable(located, record, model);
    return 'code' in plan ? undefined : readRequest(plan, sampleRows);
  };
  const state = await port.locateTable({ prefetch: (t) => prefetch(t) });
  record = parseRecord(state.settings[SETTINGS_KEYS.results]);
  if (!state.location.ok) fail(state.location.error);
  if (state.location.table.header.every(isBlank)) {
    fail({ code: 'table.empty', params: { sheet: state.location.table.range.sheet, address: rangeAddress({ ...state.location.table.range, rowCount: 1 }) } });
  }
  const readCells = (ranges: readonly CellRange[]) => hostCall(ranges[0]?.sheet ?? '', 'workbook.readFailed', () => port.readCells(ranges));
  const { located, detection, message } = await locateHeaderRow(state.location.table, readCells, headerRow);
  const where = { sheet: located.range.sheet, address: rangeAddress({ ...located.range, rowCount: 1 }) };
  if (headerLooksNumeric(located.header)) fail({ code: 'table.noHeaderRow', params: where });
  if (located.range.rowCount < 2) fail({ code: 'table.noClients', params: where });
  const planned = planTable(located, record, model);
  if ('code' in planned) fail(planned);
  onProgress?.(PROGRESS.located);
  // A full read takes in the rows right under a plain table too (same round trip), to tell about clients
  // a blank row cut off; a sample reads them on their own.
  const extra = sampleRows === undefined ? rowsToReadBelow({ ...located, range: planned.clientRange }) : 0;
  const request = readRequest(planned, sampleRows);
  const withBelow = extra > 0 ? { ...request, range: { ...request.range, rowCount: request.range.rowCount + extra } } : request;
  const readAll = await hostCall(located.range.sheet, 'workbook.readFailed', () =>
    port.readTable(withBelow, (f) => onProgress?.(PROGRESS.located + (PROGRESS.read - PROGRESS.located) * f)));
  const dataRows = planned.clientRange.rowCount - 1;
  const read: TableContent = extra === 0 ? readAll : {
    ...readAll, rows: readAll.rows.slice(0, dataRows), numberFormats: readAll.numberFormats.slice(0, dataRows),
    hiddenRows: readAll.hiddenRows.filter((r) => r < dataRows),
  };
  const clientPart = { ...located, range: planned.clientRange, header: located.header.slice(0, planned.clientRange.columnCount) };
  const below = extra > 0 ? clientRowsBelow(clientPart, readAll.rows.slice(dataRows)) : await readClientRowsBelow(clientPart, readCells);
  const edges = [...(message ? [message] : []), ...(below ? [below] : [])];
  // A sample may stop before the last client, so only a full read can tell where the table really ends.
  const { plan, content } = sampleRows === undefined ? withoutTrailingBlankRows(planned, read) : { plan: planned, content: read };
  return { state, record, plan, content, detection, edges };
}

function tableWarnings(at: TableAtHand, skipHidden: boolean): CatalogMessage[] {
  const { plan, content } = at;
  const warnings: CatalogMessage[] = [...at.edges];
  plan.located.header.slice(0, plan.clientRange.columnCount).forEach((h, i) => {
    if (isBlank(h)) {
      const column = plan.clientRange.column + i;
      warnings.push({ code: 'workbook.blankHeader', params: { letter: columnLetter(column), address: rangeAddress({ sheet: plan.clientRange.sheet, row: plan.clientRange.row, column, rowCount: 1, columnCount: 1 }) } });
    }
  });
  if (plan.ownIncluded) {
    warnings.push({ code: 'workbook.ownColumnsFound', params: { range: rangeAddress({ ...plan.clientRange, column: plan.outputColumn, columnCount: plan.ownColumns }) } });
  }
  if (content.hiddenRows.length > 0) {
    warnings.push({ code: skipHidden ? 'workbook.hiddenRowsSkipped' : 'workbook.hiddenRows', params: { count: content.hiddenRows.length } });
  }
  return warnings;
}

interface EngineResult {
  readonly run: ClassificationRun;
  readonly warnings: CatalogMessage[];
}

/** Runs the engine on the rows read; hidden rows become blank rows when skipped, so every address stays right. */
function runEngine(at: TableAtHand, model: ScoringModel, skipHidden: boolean): EngineResult {
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
    if (w.code !== 'table.blankRowsSkipped' || hidden.size === 0) { warnings.push(w); continue; }
    // Hidden rows were passed as blank; count only the rows that really are blank.
    const blank = result.run.table.skippedBlankRows.filter((r) => !hidden.has(r));
    if (blank.length > 0) warnings.push({ ...w, params: { ...w.params, count: blank.length, rows: sheetRowList(blank, result.run.table.placement) } });
  }
  return { run: result.run, warnings: [...tableWarnings(at, skipHidden), ...warnings, ...runWarnings(result.run, plan)] };
}

/** What the user should know about the outcome itself: a class nobody falls in, revenue that gives no shares. */
function runWarnings(run: ClassificationRun, plan: TablePlan): CatalogMessage[] {
  const warnings: CatalogMessage[] = [];
  const revenue = run.table.mapping.revenue;
  if (revenue >= 0 && run.count > 0 && !(run.revenueTotal > 0)) {
    const column = plan.clientRange.column + revenue;
    const cells: CellRange = { sheet: plan.clientRange.sheet, row: plan.clientRange.row + 1, column, rowCount: plan.clientRange.rowCount - 1, columnCount: 1 };
    warnings.push({ code: 'workbook.revenueAllZero', params: { column: run.table.headers[revenue]!, address: rangeAddress(cells) } });
  }
  const { classes } = summarize(run);
  const empty = classes.filter((c) => c.count === 0).map((c) => c.label);
  // When no client could be classified at all, the clients' own signals say why; "every class is empty" adds nothing.
  if (empty.length > 0 && empty.length < classes.length) warnings.push({ code: 'workbook.emptyClasses', params: { labels: empty.join(', ') } });
  return warnings;
}

function chooseReportSheet(title: string, sheetNames: readonly string[], mine: ReadonlySet<string>): { name: string; replace: boolean } {
  const existing = new Set(sheetNames.map((s) => s.toLowerCase()));
  for (let attempt = 1; ; attempt++) {
    const name = reportSheetName(title, attempt);
    const key = name.toLowerCase();
    if (!existing.has(key)) return { name, replace: false };
    if (mine.has(key)) return { name, replace: true };
  }
}

export function createSession(port: WorkbookPort, lang: Lang, options: SessionOptions = {}): KlantwaardeSession {
  const now = options.now ?? (() => new Date());

  async function detectTable(opts: { skipHiddenRows?: boolean; headerRow?: number } = {}): Promise<DetectedTable> {
    const at = await locateAndRead(port, SAMPLE_ROWS, undefined, undefined, opts.headerRow);
    const { plan, content } = at;
    const hidden = new Set(opts.skipHiddenRows ? content.hiddenRows : []);
    return {
      sheet: plan.clientRange.sheet,
      address: rangeAddress(plan.clientRange),
      ...(plan.located.tableName ? { tableName: plan.located.tableName } : {}),
      headers: content.header.map((h) => displayText(h, 255).trim()),
      rowCount: plan.tableRows - 1,
      hiddenRowCount: content.hiddenRows.length,
      sample: content.rows.filter((_, r) => !hidden.has(r)),
      headerRow: at.detection.headerRow,
      titleRows: at.detection.titleRows,
      headerRowManual: at.detection.manual,
      warnings: tableWarnings(at, opts.skipHiddenRows ?? false),
    };
  }

  async function preview(model: ScoringModel, opts: { skipHiddenRows?: boolean; headerRow?: number } = {}): Promise<ClassificationRun> {
    const at = await locateAndRead(port, undefined, undefined, model, opts.headerRow);
    return runEngine(at, model, opts.skipHiddenRows ?? false).run;
  }

  async function classify(model: ScoringModel, opts: ClassifyOptions = {}): Promise<ClassifyOutcome> {
    const progress = opts.onProgress;
    const at = await locateAndRead(port, undefined, progress, model, opts.headerRow);
    const { plan, content, state, record } = at;
    const sheet = plan.clientRange.sheet;
    const found = { sheet, address: rangeAddress(plan.clientRange), ...(plan.located.tableName ? { tableName: plan.located.tableName } : {}) };
    if (opts.expectedTable && !sameTable(opts.expectedTable, found)) {
      fail({ code: 'workbook.tableChanged', params: { shown: tableLabel(opts.expectedTable), found: tableLabel(found) } });
    }
    const { run, warnings } = runEngine(at, model, opts.skipHiddenRows ?? false);
    progress?.(PROGRESS.classified);
    if (plan.located.sheetProtected) fail({ code: 'workbook.sheetProtected', params: { sheet } });

    const ownership = resolveOwnership(plan, content.beside);
    const blockRange = (rowCount: number): CellRange => ({ sheet, row: plan.clientRange.row, column: plan.outputColumn, rowCount, columnCount: plan.width });
    const isTable = plan.located.tableName !== undefined;
    // New insight columns join our block at the table's right end; a column of the user's there is in the way,
    // and inserting sheet columns inside a table would not help.
    const tableGrows = isTable && plan.ownIncluded && ownership.own && plan.width > ownership.ownColumns;
    if (tableGrows && ownership.occupied.length > 0) {
      fail({ code: 'insight.tableGrowthBlocked', params: { table: plan.located.tableName!, cells: listCells(ownership.occupied).shown, columns: plan.width - ownership.ownColumns } });
    }
    let insert = false;
    if (ownership.occupied.length > 0) {
      if (!opts.insertColumns) {
        const { shown, more } = listCells(ownership.occupied);
        const cells = more > 0 ? `${shown} ${formatMore(lang, more)}` : shown;
        fail({ code: 'workbook.outputOccupied', params: { sheet, cells, range: a1(blockRange(plan.tableRows)) } });
      }
      insert = true;
    }
    const own = ownership.own && !insert;
    // Our old cells below a plain table that shrank are cleared too (they are ours, recorded in settings).
    const blockRows = own && !plan.located.tableName ? Math.max(plan.tableRows, ownership.ownRows) : plan.tableRows;
    const insight = portfolioInsight(run);
    warnings.push(...insight.warnings);
    const withPlan = opts.contactPlan ?? run.model.plan !== undefined;
    const action = planForRun(run, content.rows, lang, now(), withPlan);
    warnings.push(...action.warnings);
    let columns = [...resultColumns(lang, run, blockRows), ...insightOutputColumns(lang, run, insight, plan.layout, blockRows)];
    if (isTable && own && plan.ownIncluded) columns = keepFreeNames(columns, plan.located.header, plan.outputColumn - plan.located.range.column, ownership.ownColumns);
    const writePlan: { -readonly [K in keyof WritePlan]: WritePlan[K] } = {};
    if (insert) writePlan.insertColumns = { sheet, column: plan.outputColumn, count: plan.width };
    const addFrom = isTable && !own && !(ownership.own && !plan.ownIncluded) ? 0 : tableGrows ? ownership.ownColumns : -1;
    if (addFrom >= 0) {
      // Never rely on Excel renaming a duplicate column name (not documented): choose a free one and say so.
      const table = plan.located.tableName!;
      const wanted = columns.map((c) => String(c.values[0]));
      const chosen = freeTableHeaders(lang, plan.located.header, wanted, addFrom);
      columns = columns.map((c, k) => (chosen[k] === wanted[k] ? c : { ...c, values: [chosen[k]!, ...c.values.slice(1)] }));
      chosen.forEach((name, k) => {
        if (name !== wanted[k]) warnings.push({ code: 'workbook.headerRenamed', params: { table, header: wanted[k]!, chosen: name } });
      });
      writePlan.addTableColumns = { tableName: table, headers: chosen.slice(addFrom) };
    }
    const headers = columns.map((c) => String(c.values[0]));
    writePlan.blocks = [{ sheet, row: plan.clientRange.row, column: plan.outputColumn, columns }];

    const previous = plan.entry;
    let reports = previous?.reports ?? [];
    let reportSheet: string | undefined;
    if (opts.report ?? true) {
      const title = reportTitle(lang, now().getFullYear());
      const choice = chooseReportSheet(title, state.sheetNames, new Set(reports.map((r) => r.toLowerCase())));
      if (choice.replace) writePlan.deleteSheets = [choice.name];
      if (choice.name !== title && !ownReports(record).has(title.toLowerCase())) {
        warnings.push({ code: 'workbook.reportRenamed', params: { wanted: title, sheet: choice.name } });
      }
      reportSheet = choice.name;
      writePlan.report = buildReport({ lang, run, sheet: choice.name, tableAddress: rangeAddress(plan.clientRange), now: now(), insight, action });
      if (!reports.some((r) => r.toLowerCase() === choice.name.toLowerCase())) reports = [...reports, choice.name];
    }
    let planSheet: string | undefined;
    if ((opts.report ?? true) && action.contactPlan) {
      // Beside the report, recognised and replaced the same way: by the record of our sheets and its title in A1.
      const year = now().getFullYear();
      const choice = chooseReportSheet(planTitle(lang, year), state.sheetNames, new Set(reports.map((r) => r.toLowerCase())));
      if (choice.replace) writePlan.deleteSheets = [...(writePlan.deleteSheets ?? []), choice.name];
      planSheet = choice.name;
      writePlan.sheets = [buildPlanSheet(lang, action.contactPlan, action.growth, choice.name, year)];
      if (!reports.some((r) => r.toLowerCase() === choice.name.toLowerCase())) reports = [...reports, choice.name];
    }
    const entry: ResultsEntry = {
      sheet, ...(isTable ? { tableName: plan.located.tableName } : {}), headerRow: plan.clientRange.row, column: plan.outputColumn,
      rowCount: blockRows, headers, inserted: insert || (own && (previous?.inserted ?? false)), reports,
    };
    const others = record.entries
      .filter((e) => e !== previous)
      .map((e) => (insert && e.sheet.toLowerCase() === sheet.toLowerCase() && e.column >= plan.outputColumn ? { ...e, column: e.column + plan.width } : e));
    writePlan.settings = {
      [SETTINGS_KEYS.results]: recordJson({ version: 1, entries: [...others, entry] }),
      [SETTINGS_KEYS.model]: JSON.stringify(modelToJson(model)),
    };
    // Refused before anything is written (Excel would fail halfway through the write).
    const sheetChange = writePlan.report?.sheet ?? writePlan.deleteSheets?.[0];
    if (state.workbookProtected && sheetChange !== undefined) fail({ code: 'workbook.structureProtected', params: { sheet: sheetChange } });
    await hostCall(sheet, 'workbook.writeFailed', () =>
      port.write(writePlan, (f) => progress?.(PROGRESS.classified + (1 - PROGRESS.classified) * f)));
    progress?.(1);
    return {
      run, resultAddress: rangeAddress(blockRange(blockRows)), ...(reportSheet ? { reportSheet } : {}), warnings, action,
      ...(action.contactPlan ? { agenda: agendaFile(action.contactPlan, lang, now()) } : {}), ...(planSheet ? { planSheet } : {}),
    };
  }

  /**
   * What "remove results" would take away right now: our column blocks whose header cells are still
   * ours (a block a user changed since is kept and reported) and our report sheets. Shared by the
   * confirmation (describeResults) and the removal itself, so the question names exactly what goes.
   * A write that failed halfway (see excel/write.ts) is cleaned up too: inserted columns still without
   * their header are ours only when nothing at all is in them, table columns added one by one count up
   * to the first one that is not ours, and a recorded report sheet that is empty goes.
   */
  async function planRemoval(): Promise<{ plan: WritePlan; description: ResultsDescription; removedColumns: number; warnings: CatalogMessage[] }> {
    const state = await port.readSettings();
    const protectedSheets = new Set((state.protectedSheets ?? []).map((s) => s.toLowerCase()));
    const emptySheets = new Set((state.emptySheets ?? []).map((s) => s.toLowerCase()));
    const record = parseRecord(state.settings[SETTINGS_KEYS.results]);
    const warnings: CatalogMessage[] = [];
    const description: { blocks: ResultsDescription['blocks'][number][]; reports: string[] } = { blocks: [], reports: [] };
    if (record.entries.length === 0) return { plan: {}, description, removedColumns: 0, warnings };
    const sheets = new Map(state.sheetNames.map((s) => [s.toLowerCase(), s]));
    const entries = record.entries.filter((e) => sheets.has(e.sheet.toLowerCase()));
    const reports = [...new Set(record.entries.flatMap((e) => e.reports))].filter((r) => sheets.has(r.toLowerCase()));
    const headerCells = (e: ResultsEntry): CellRange => ({ sheet: sheets.get(e.sheet.toLowerCase())!, row: e.headerRow, column: e.column, rowCount: 1, columnCount: blockWidth(e) });
    const reportTitleCell = (r: string): CellRange => ({ sheet: sheets.get(r.toLowerCase())!, row: 0, column: 0, rowCount: 1, columnCount: 1 });
    const found = await port.readCells([...entries.map(headerCells), ...reports.map(reportTitleCell)]);

    const plan: { -readonly [K in keyof WritePlan]: WritePlan[K] } = {};
    const clear: CellRange[] = [];
    const deleteTableColumns: { tableName: string; headers: string[] }[] = [];
    const deleteColumns: { sheet: string; column: number; count: number }[] = [];
    let removedColumns = 0;
    // (Checked up to a million cells, one read; a bigger block is left alone with the usual warning.)
    const headerless = entries.filter((e, i) => e.inserted && found[i]![0]!.every(isBlank) && e.rowCount * blockWidth(e) <= 1_000_000);
    const headerlessCells = await port.readCells(headerless.map((e) => ({ ...headerCells(e), rowCount: e.rowCount })));
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
      removedColumns += count;
      const block = { ...range, columnCount: count, rowCount: e.rowCount };
      description.blocks.push({ sheet: range.sheet, address: rangeAddress(block), headers: header.slice(0, count).map((h) => String(h)) });
      if (e.inserted) deleteColumns.push({ sheet: range.sheet, column: e.column, count: range.columnCount });
      else if (e.tableName) deleteTableColumns.push({ tableName: e.tableName, headers: header.slice(0, count).map((h) => String(h)) });
      else clear.push(block);
    });
    // Our report sheets: recognised by their title, or empty (a write that failed right after adding it; nothing to lose).
    const deleteSheets = reports.filter((r, i) => looksLikeOwnReport(found[entries.length + i]![0]![0]) || emptySheets.has(r.toLowerCase()));
    if (deleteSheets.length > 0 && state.workbookProtected) fail({ code: 'workbook.structureProtected', params: { sheet: sheets.get(deleteSheets[0]!.toLowerCase())! } });
    if (deleteSheets.length > 0) plan.deleteSheets = deleteSheets.map((r) => sheets.get(r.toLowerCase())!);
    description.reports.push(...(plan.deleteSheets ?? []));
    if (clear.length > 0) plan.clear = clear;
    if (deleteTableColumns.length > 0) plan.deleteTableColumns = deleteTableColumns;
    // Right to left, so deleting one span never moves another.
    if (deleteColumns.length > 0) plan.deleteColumns = deleteColumns.sort((a, b) => b.column - a.column);
    plan.settings = { [SETTINGS_KEYS.results]: null };
    return { plan, description, removedColumns, warnings };
  }

  async function describeResults(): Promise<ResultsDescription> {
    return (await planRemoval()).description;
  }

  async function removeResults(): Promise<{ removedColumns: number; removedReport: boolean; warnings: CatalogMessage[] }> {
    const { plan, description, removedColumns, warnings } = await planRemoval();
    if (plan.settings === undefined) return { removedColumns: 0, removedReport: false, warnings };
    await hostCall(description.blocks[0]?.sheet ?? '', 'workbook.writeFailed', () => port.write(plan));
    return { removedColumns, removedReport: description.reports.length > 0, warnings };
  }

  async function loadModel(): Promise<unknown | undefined> {
    const raw = (await port.readSettings()).settings[SETTINGS_KEYS.model];
    if (raw === undefined) return undefined;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      // Handed back as text: the model validator then says it is not a model, instead of us hiding it.
      return raw;
    }
  }

  async function saveModel(model: ScoringModel): Promise<void> {
    await hostCall('', 'workbook.writeFailed', () => port.write({ settings: { [SETTINGS_KEYS.model]: JSON.stringify(modelToJson(model)) } }));
  }

  return { detectTable, preview, classify, describeResults, removeResults, loadModel, saveModel };
}

/**
 * Our headers from `from` on, each made free among the table's header cells and the ones chosen
 * before it (Excel compares column names case-insensitively): "Klasse" → "Klasse (Klantwaarde)",
 * then "Klasse (Klantwaarde) 2", …
 */
function freeTableHeaders(lang: Lang, tableHeader: readonly CellValue[], headers: readonly string[], from: number): string[] {
  const taken = new Set(tableHeader.map((h) => displayText(h, 255).trim().toLowerCase()));
  headers.slice(0, from).forEach((h) => taken.add(h.toLowerCase()));
  return headers.map((header, k) => {
    if (k < from) return header;
    let name = header;
    if (taken.has(name.toLowerCase())) {
      const base = freeHeader(lang, header);
      name = base;
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/**
 * A re-run over our own table columns: a column that got a free name because the user's table has a
 * column named like ours keeps that name (writing "Klasse" back would make a duplicate name).
 */
function keepFreeNames(columns: OutputColumn[], tableHeader: readonly CellValue[], offset: number, own: number): OutputColumn[] {
  const others = new Set(tableHeader.filter((_, i) => i < offset || i >= offset + own).map((h) => displayText(h, 255).trim().toLowerCase()));
  return columns.map((c, k) => {
    const cell = tableHeader[offset + k];
    const wanted = String(c.values[0]);
    return k < own && typeof cell === 'string' && others.has(wanted.toLowerCase()) ? { ...c, values: [cell, ...c.values.slice(1)] } : c;
  });
}

/** Columns of a recorded block: the eight fixed ones plus the insight columns written after them. */
function blockWidth(e: ResultsEntry): number {
  return Math.min(MAX_RESULT_COLUMNS, Math.max(RESULT_COLUMN_COUNT, e.headers.length));
}

/** How many leading header cells are exactly the recorded headers, when every cell after them is blank. */
function ownTablePrefix(cells: readonly CellValue[], recorded: readonly string[]): number {
  let k = 0;
  while (k < cells.length && k < recorded.length && typeof cells[k] === 'string' && String(cells[k]).toLowerCase() === recorded[k]!.toLowerCase()) k++;
  return cells.slice(k).every(isBlank) ? k : 0;
}

/** Every header cell of a recorded block is still ours: the eight fixed ones, then only insight columns. */
function isOwnBlockHeader(cells: readonly CellValue[], inTable: boolean): boolean {
  return isOwnHeaderRow(cells.slice(0, RESULT_COLUMN_COUNT), inTable)
    && ownInsightColumns(cells.slice(RESULT_COLUMN_COUNT), inTable).length === cells.length - RESULT_COLUMN_COUNT;
}

function formatMore(lang: Lang, count: number): string {
  return t(lang, 'workbook.moreCells', { count });
}
