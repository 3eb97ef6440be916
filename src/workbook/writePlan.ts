import {
  displayText,
  modelToJson,
  portfolioInsight,
  type ActionPlan,
  type CellValue,
  type ClassificationRun,
  type PortfolioInsight,
  type ScoringModel,
} from '../engine';
import type { CatalogMessage, Texts } from '../i18n/catalog';
import { planForRun } from './actionPlan';
import { a1, listCells, rangeAddress, type CellRange } from './cells';
import { columnHeader, resultColumns, withHeader } from './columns';
import { insightOutputColumns } from './insightColumns';
import { buildPlanSheet, planTitle } from './planSheet';
import type { OutputColumn, WritePlan } from './port';
import { buildReport, reportSheetName, reportTitle } from './report';
import { freeHeader, ownReports, recordJson, SETTINGS_KEYS, type ResultsEntry } from './results';
import type { ClassifyOptions } from './session';
import { fail, type TableAtHand } from './tableAtHand';
import { resolveOwnership, type Ownership } from './tablePlan';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Everything a classify writes, planned before the first cell changes so every refusal comes first. */
export interface ClassifyWrite {
  readonly writePlan: WritePlan;
  /** Where the result columns go. */
  readonly resultRange: CellRange;
  readonly reportSheet?: string;
  readonly planSheet?: string;
  readonly action: ActionPlan;
  /** What the user should know about the write, after the engine's warnings. */
  readonly warnings: CatalogMessage[];
}

/** The inputs of one classify write: the table read, the engine's run and the options the user chose. */
export interface ClassifyWriteInput {
  readonly at: TableAtHand;
  readonly run: ClassificationRun;
  readonly model: ScoringModel;
  /** The texts of the language the results are written in (headers, explanations, report). */
  readonly texts: Texts;
  readonly now: () => Date;
  readonly opts: ClassifyOptions;
}

/** Where our block goes: over our own cells, or into new columns when the user's cells are in the way. */
interface BlockPlacement {
  readonly ownership: Ownership;
  readonly insert: boolean;
  /** The block overwrites our own earlier block. */
  readonly own: boolean;
  /** New insight columns join our block at the table's right end. */
  readonly tableGrows: boolean;
  readonly blockRows: number;
}

/** Plans the whole classify write: placement, columns, report and plan sheets, then the record in settings. */
export function planClassifyWrite(input: ClassifyWriteInput): ClassifyWrite {
  const { at, run, texts, now, opts } = input;
  const { plan } = at;
  const placement = placeBlock(at, texts, opts.insertColumns ?? false);
  const warnings: CatalogMessage[] = [];
  const insight = portfolioInsight(run);
  warnings.push(...insight.warnings);
  const withPlan = opts.contactPlan ?? run.model.plan !== undefined;
  const action = planForRun(run, at.content.rows, texts, now(), withPlan);
  warnings.push(...action.warnings);
  const writePlan: Mutable<WritePlan> = {};
  const headers = planColumns(input, insight, placement, writePlan, warnings);
  const sheets = planSheets(input, insight, action, writePlan, warnings);
  writePlan.settings = planSettings(input, placement, headers, sheets.reports);
  const resultRange: CellRange = {
    sheet: plan.clientRange.sheet,
    row: plan.clientRange.row,
    column: plan.outputColumn,
    rowCount: placement.blockRows,
    columnCount: plan.width,
  };
  return {
    writePlan,
    resultRange,
    action,
    warnings,
    ...(sheets.reportSheet ? { reportSheet: sheets.reportSheet } : {}),
    ...(sheets.planSheet ? { planSheet: sheets.planSheet } : {}),
  };
}

/** Step: decide where the block goes; refuse when the user's cells are in the way and inserting is not allowed or would not help. */
function placeBlock(at: TableAtHand, tx: Texts, insertColumns: boolean): BlockPlacement {
  const { plan, content } = at;
  const sheet = plan.clientRange.sheet;
  const ownership = resolveOwnership(plan, content.beside);
  const isTable = plan.located.tableName !== undefined;
  // New insight columns join our block at the table's right end; a column of the user's there is in the way,
  // and inserting sheet columns inside a table would not help.
  const tableGrows = isTable && plan.ownIncluded && ownership.own && plan.width > ownership.ownColumns;
  if (tableGrows && ownership.occupied.length > 0) {
    fail({
      code: 'insight.tableGrowthBlocked',
      params: { table: plan.located.tableName!, cells: listCells(ownership.occupied).shown, columns: plan.width - ownership.ownColumns },
    });
  }
  let insert = false;
  if (ownership.occupied.length > 0) {
    if (!insertColumns) {
      const { shown, more } = listCells(ownership.occupied);
      const cells = more > 0 ? `${shown} ${tx.t('workbook.moreCells', { count: more })}` : shown;
      const range: CellRange = {
        sheet,
        row: plan.clientRange.row,
        column: plan.outputColumn,
        rowCount: plan.tableRows,
        columnCount: plan.width,
      };
      fail({ code: 'workbook.outputOccupied', params: { sheet, cells, range: a1(range) } });
    }
    insert = true;
  }
  const own = ownership.own && !insert;
  // Our old cells below a plain table that shrank are cleared too (they are ours, recorded in settings).
  const blockRows = own && !plan.located.tableName ? Math.max(plan.tableRows, ownership.ownRows) : plan.tableRows;
  return { ownership, insert, own, tableGrows, blockRows };
}

/** Step: the result and insight columns, with free names where they join a table; returns their headers. */
function planColumns(
  input: ClassifyWriteInput,
  insight: PortfolioInsight,
  placement: BlockPlacement,
  writePlan: Mutable<WritePlan>,
  warnings: CatalogMessage[],
): string[] {
  const {
    at: { plan },
    run,
    texts,
  } = input;
  const { ownership, insert, own, tableGrows, blockRows } = placement;
  const sheet = plan.clientRange.sheet;
  const isTable = plan.located.tableName !== undefined;
  let columns = [...resultColumns(texts, run, blockRows), ...insightOutputColumns(texts, run, insight, plan.layout, blockRows)];
  if (isTable && own && plan.ownIncluded)
    columns = keepFreeNames(columns, plan.located.header, plan.outputColumn - plan.located.range.column, ownership.ownColumns);
  if (insert) writePlan.insertColumns = { sheet, column: plan.outputColumn, count: plan.width };
  const addFrom = isTable && !own && !(ownership.own && !plan.ownIncluded) ? 0 : tableGrows ? ownership.ownColumns : -1;
  if (addFrom >= 0) {
    // Never rely on Excel renaming a duplicate column name (not documented): choose a free one and say so.
    const table = plan.located.tableName!;
    const wanted = columns.map((c) => String(columnHeader(c)));
    const chosen = freeTableHeaders(texts, plan.located.header, wanted, addFrom);
    columns = columns.map((c, k) => (chosen[k] === wanted[k] ? c : withHeader(c, chosen[k]!)));
    chosen.forEach((name, k) => {
      if (name !== wanted[k]) warnings.push({ code: 'workbook.headerRenamed', params: { table, header: wanted[k]!, chosen: name } });
    });
    writePlan.addTableColumns = { tableName: table, headers: chosen.slice(addFrom) };
  }
  writePlan.blocks = [{ sheet, row: plan.clientRange.row, column: plan.outputColumn, columns }];
  return columns.map((c) => String(columnHeader(c)));
}

/** Step: the report sheet and the contact-plan sheet beside it, each replacing our own earlier one. */
function planSheets(
  input: ClassifyWriteInput,
  insight: PortfolioInsight,
  action: ActionPlan,
  writePlan: Mutable<WritePlan>,
  warnings: CatalogMessage[],
): { reports: readonly string[]; reportSheet?: string; planSheet?: string } {
  const {
    at: { plan, state, record },
    run,
    texts,
    now,
    opts,
  } = input;
  let reports = plan.entry?.reports ?? [];
  let reportSheet: string | undefined;
  if (opts.report ?? true) {
    const title = reportTitle(texts, now().getFullYear());
    const choice = chooseReportSheet(title, state.sheetNames, new Set(reports.map((r) => r.toLowerCase())));
    if (choice.replace) writePlan.deleteSheets = [choice.name];
    if (choice.name !== title && !ownReports(record).has(title.toLowerCase())) {
      warnings.push({ code: 'workbook.reportRenamed', params: { wanted: title, sheet: choice.name } });
    }
    reportSheet = choice.name;
    writePlan.report = buildReport({
      texts,
      run,
      sheet: choice.name,
      tableAddress: rangeAddress(plan.clientRange),
      now: now(),
      insight,
      action,
    });
    if (!reports.some((r) => r.toLowerCase() === choice.name.toLowerCase())) reports = [...reports, choice.name];
  }
  let planSheet: string | undefined;
  if ((opts.report ?? true) && action.contactPlan) {
    // Beside the report, recognised and replaced the same way: by the record of our sheets and its title in A1.
    const year = now().getFullYear();
    const choice = chooseReportSheet(planTitle(texts, year), state.sheetNames, new Set(reports.map((r) => r.toLowerCase())));
    if (choice.replace) writePlan.deleteSheets = [...(writePlan.deleteSheets ?? []), choice.name];
    planSheet = choice.name;
    writePlan.sheets = [buildPlanSheet(texts, action.contactPlan, action.growth, choice.name, year)];
    if (!reports.some((r) => r.toLowerCase() === choice.name.toLowerCase())) reports = [...reports, choice.name];
  }
  return { reports, ...(reportSheet ? { reportSheet } : {}), ...(planSheet ? { planSheet } : {}) };
}

/** Step: the record of what we wrote (so a re-run and "remove results" find it) and the model, in settings. */
function planSettings(
  input: ClassifyWriteInput,
  placement: BlockPlacement,
  headers: string[],
  reports: readonly string[],
): Record<string, string> {
  const {
    at: { plan, record },
    model,
  } = input;
  const { insert, own, blockRows } = placement;
  const sheet = plan.clientRange.sheet;
  const previous = plan.entry;
  const entry: ResultsEntry = {
    sheet,
    ...(plan.located.tableName !== undefined ? { tableName: plan.located.tableName } : {}),
    headerRow: plan.clientRange.row,
    column: plan.outputColumn,
    rowCount: blockRows,
    headers,
    inserted: insert || (own && (previous?.inserted ?? false)),
    reports,
  };
  // Columns we insert move our other blocks on that sheet to the right.
  const others = record.entries
    .filter((e) => e !== previous)
    .map((e) =>
      insert && e.sheet.toLowerCase() === sheet.toLowerCase() && e.column >= plan.outputColumn
        ? { ...e, column: e.column + plan.width }
        : e,
    );
  return {
    [SETTINGS_KEYS.results]: recordJson({ version: 1, entries: [...others, entry] }),
    [SETTINGS_KEYS.model]: JSON.stringify(modelToJson(model)),
  };
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

/**
 * Our headers from `from` on, each made free among the table's header cells and the ones chosen
 * before it (Excel compares column names case-insensitively): "Klasse" → "Klasse (Klantwaarde)",
 * then "Klasse (Klantwaarde) 2", …
 */
function freeTableHeaders(tx: Texts, tableHeader: readonly CellValue[], headers: readonly string[], from: number): string[] {
  const taken = new Set(tableHeader.map((h) => displayText(h, 255).trim().toLowerCase()));
  headers.slice(0, from).forEach((h) => taken.add(h.toLowerCase()));
  return headers.map((header, k) => {
    if (k < from) return header;
    let name = header;
    if (taken.has(name.toLowerCase())) {
      const base = freeHeader(tx, header);
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
  const others = new Set(
    tableHeader.filter((_, i) => i < offset || i >= offset + own).map((h) => displayText(h, 255).trim().toLowerCase()),
  );
  return columns.map((c, k) => {
    const cell = tableHeader[offset + k];
    const wanted = String(columnHeader(c));
    return k < own && typeof cell === 'string' && others.has(wanted.toLowerCase()) ? withHeader(c, cell) : c;
  });
}
