import {
  classifyTable, columnLetter, displayText, isBlank, modelToJson, portfolioInsight, sheetRowList, summarize, type CellValue,
  type ClassificationRun, type Message, type ScoringModel,
} from '../engine';
import { t, type Lang } from '../i18n/catalog';
import { a1, listCells, rangeAddress, type CellRange } from './cells';
import { resultColumns } from './columns';
import { insightOutputColumns } from './insightColumns';
import type { TableContent, TableReadRequest, WorkbookPort, WorkbookState, WritePlan } from './port';
import { buildReport, looksLikeOwnReport, reportSheetName, reportTitle } from './report';
import {
  EMPTY_RECORD, isOwnHeaderRow, MAX_RESULT_COLUMNS, ownInsightColumns, ownReports, parseRecord, recordJson, RESULT_COLUMN_COUNT, SETTINGS_KEYS,
  type ResultsEntry, type ResultsRecord,
} from './results';
import {
  KlantwaardeError, type ClassifyOptions, type ClassifyOutcome, type DetectedTable, type KlantwaardeSession, type ResultsDescription,
} from './session';
import { withoutTitleRow, withoutTrailingBlankRows } from './tableEdges';
import { planTable, resolveOwnership, type TablePlan } from './tablePlan';

export interface SessionOptions {
  /** The clock for the report date and year (tests pin it). */
  readonly now?: () => Date;
}

const SAMPLE_ROWS = 20;

/** Progress shares of a classify run: reading, the engine, writing. */
const PROGRESS = { located: 0.05, read: 0.4, classified: 0.55 } as const;

function fail(error: Message): never {
  throw new KlantwaardeError(error);
}

function errorDetail(e: unknown): string {
  if (e instanceof Error) return (e as Error & { code?: string }).code ? `${(e as Error & { code?: string }).code}: ${e.message}` : e.message;
  return String(e);
}

async function hostCall<T>(sheet: string, code: 'workbook.readFailed' | 'workbook.writeFailed', call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof KlantwaardeError) throw e;
    throw new KlantwaardeError({ code, params: { sheet, detail: errorDetail(e) } });
  }
}

interface TableAtHand {
  readonly state: WorkbookState;
  readonly record: ResultsRecord;
  readonly plan: TablePlan;
  readonly content: TableContent;
  /** A title row right above the header that the surrounding region took in, and left out again. */
  readonly titleRow?: Message;
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
  port: WorkbookPort, sampleRows: number | undefined, onProgress?: (f: number) => void, model?: ScoringModel,
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
  const { located, titleRow } = await withoutTitleRow(state.location.table, (range) => hostCall(range.sheet, 'workbook.readFailed', () => port.readCells([range])));
  const where = { sheet: located.range.sheet, address: rangeAddress({ ...located.range, rowCount: 1 }) };
  if (headerLooksNumeric(located.header)) fail({ code: 'table.noHeaderRow', params: where });
  if (located.range.rowCount < 2) fail({ code: 'table.noClients', params: where });
  const planned = planTable(located, record, model);
  if ('code' in planned) fail(planned);
  onProgress?.(PROGRESS.located);
  const read = await hostCall(located.range.sheet, 'workbook.readFailed', () =>
    port.readTable(readRequest(planned, sampleRows), (f) => onProgress?.(PROGRESS.located + (PROGRESS.read - PROGRESS.located) * f)));
  // A sample may stop before the last client, so only a full read can tell where the table really ends.
  const { plan, content } = sampleRows === undefined ? withoutTrailingBlankRows(planned, read) : { plan: planned, content: read };
  return { state, record, plan, content, ...(titleRow ? { titleRow } : {}) };
}

function tableWarnings(at: TableAtHand, skipHidden: boolean): Message[] {
  const { plan, content } = at;
  const warnings: Message[] = at.titleRow ? [at.titleRow] : [];
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
  readonly warnings: Message[];
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
  const warnings: Message[] = [];
  for (const w of result.warnings) {
    if (w.code !== 'table.blankRowsSkipped' || hidden.size === 0) { warnings.push(w); continue; }
    // Hidden rows were passed as blank; count only the rows that really are blank.
    const blank = result.run.table.skippedBlankRows.filter((r) => !hidden.has(r));
    if (blank.length > 0) warnings.push({ ...w, params: { ...w.params, count: blank.length, rows: sheetRowList(blank, result.run.table.placement) } });
  }
  return { run: result.run, warnings: [...tableWarnings(at, skipHidden), ...warnings, ...runWarnings(result.run, plan)] };
}

/** What the user should know about the outcome itself: a class nobody falls in, revenue that gives no shares. */
function runWarnings(run: ClassificationRun, plan: TablePlan): Message[] {
  const warnings: Message[] = [];
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

  async function detectTable(opts: { skipHiddenRows?: boolean } = {}): Promise<DetectedTable> {
    const at = await locateAndRead(port, SAMPLE_ROWS);
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
      warnings: tableWarnings(at, opts.skipHiddenRows ?? false),
    };
  }

  async function preview(model: ScoringModel, opts: { skipHiddenRows?: boolean } = {}): Promise<ClassificationRun> {
    const at = await locateAndRead(port, undefined, undefined, model);
    return runEngine(at, model, opts.skipHiddenRows ?? false).run;
  }

  async function classify(model: ScoringModel, opts: ClassifyOptions = {}): Promise<ClassifyOutcome> {
    const progress = opts.onProgress;
    const at = await locateAndRead(port, undefined, progress, model);
    const { plan, content, state, record } = at;
    const sheet = plan.clientRange.sheet;
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
    const columns = [...resultColumns(lang, run, blockRows), ...insightOutputColumns(lang, run, insight, plan.layout, blockRows)];
    const headers = columns.map((c) => String(c.values[0]));

    const writePlan: { -readonly [K in keyof WritePlan]: WritePlan[K] } = {};
    if (insert) writePlan.insertColumns = { sheet, column: plan.outputColumn, count: plan.width };
    if (isTable && !own && !(ownership.own && !plan.ownIncluded)) {
      writePlan.addTableColumns = { tableName: plan.located.tableName!, headers };
    } else if (tableGrows) {
      writePlan.addTableColumns = { tableName: plan.located.tableName!, headers: headers.slice(ownership.ownColumns) };
    }
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
      writePlan.report = buildReport({ lang, run, sheet: choice.name, tableAddress: rangeAddress(plan.clientRange), now: now(), insight });
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
    await hostCall(sheet, 'workbook.writeFailed', () =>
      port.write(writePlan, (f) => progress?.(PROGRESS.classified + (1 - PROGRESS.classified) * f)));
    progress?.(1);
    return { run, resultAddress: rangeAddress(blockRange(blockRows)), ...(reportSheet ? { reportSheet } : {}), warnings };
  }

  /**
   * What "remove results" would take away right now: our column blocks whose header cells are still
   * ours (a block a user changed since is kept and reported) and our report sheets. Shared by the
   * confirmation (describeResults) and the removal itself, so the question names exactly what goes.
   */
  async function planRemoval(): Promise<{ plan: WritePlan; description: ResultsDescription; removedColumns: number; warnings: Message[] }> {
    const state = await port.readSettings();
    const record = parseRecord(state.settings[SETTINGS_KEYS.results]);
    const warnings: Message[] = [];
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
    entries.forEach((e, i) => {
      const header = found[i]![0]!;
      const range = headerCells(e);
      const block = { ...range, rowCount: e.rowCount };
      if (!isOwnBlockHeader(header, e.tableName !== undefined)) {
        warnings.push({ code: 'workbook.resultsChanged', params: { sheet: range.sheet, range: a1(block) } });
        return;
      }
      removedColumns += range.columnCount;
      description.blocks.push({ sheet: range.sheet, address: rangeAddress(block), headers: header.map((h) => String(h)) });
      if (e.inserted) deleteColumns.push({ sheet: range.sheet, column: e.column, count: range.columnCount });
      else if (e.tableName) deleteTableColumns.push({ tableName: e.tableName, headers: header.map((h) => String(h)) });
      else clear.push({ ...range, rowCount: e.rowCount });
    });
    const deleteSheets = reports.filter((_, i) => looksLikeOwnReport(found[entries.length + i]![0]![0]));
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

  async function removeResults(): Promise<{ removedColumns: number; removedReport: boolean; warnings: Message[] }> {
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

/** Columns of a recorded block: the eight fixed ones plus the insight columns written after them. */
function blockWidth(e: ResultsEntry): number {
  return Math.min(MAX_RESULT_COLUMNS, Math.max(RESULT_COLUMN_COUNT, e.headers.length));
}

/** Every header cell of a recorded block is still ours: the eight fixed ones, then only insight columns. */
function isOwnBlockHeader(cells: readonly CellValue[], inTable: boolean): boolean {
  return isOwnHeaderRow(cells.slice(0, RESULT_COLUMN_COUNT), inTable)
    && ownInsightColumns(cells.slice(RESULT_COLUMN_COUNT), inTable).length === cells.length - RESULT_COLUMN_COUNT;
}

function formatMore(lang: Lang, count: number): string {
  return t(lang, 'workbook.moreCells', { count });
}
