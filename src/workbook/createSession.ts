import { displayText, modelToJson, type ClassificationRun, type ScoringModel } from '../engine';
import { textsFor, type CatalogMessage, type Lang } from '../i18n/catalog';
import { agendaFile } from './actionPlan';
import { rangeAddress } from './cells';
import type { WorkbookPort } from './port';
import { planRemoval } from './removalPlan';
import { SETTINGS_KEYS } from './results';
import { runEngine } from './runEngine';
import {
  sameTable,
  tableLabel,
  type ClassifyOptions,
  type ClassifyOutcome,
  type DetectedTable,
  type KlantwaardeSession,
  type ResultsDescription,
} from './session';
import { fail, hostCall, locateAndRead, PROGRESS, tableWarnings, type TableAtHand } from './tableAtHand';
import { planClassifyWrite } from './writePlan';

export interface SessionOptions {
  /** The clock for the report date and year (tests pin it). */
  readonly now?: () => Date;
}

const SAMPLE_ROWS = 20;

/** Refuses when the selection moved to another table than the one the pane shows. */
function checkExpectedTable(at: TableAtHand, expected: ClassifyOptions['expectedTable']): void {
  const { plan } = at;
  const found = {
    sheet: plan.clientRange.sheet,
    address: rangeAddress(plan.clientRange),
    ...(plan.located.tableName ? { tableName: plan.located.tableName } : {}),
  };
  if (expected && !sameTable(expected, found)) {
    fail({ code: 'workbook.tableChanged', params: { shown: tableLabel(expected), found: tableLabel(found) } });
  }
}

/** What "detect" shows of the sampled table: where it is, its headers, the first rows and what to know. */
function detectedTable(at: TableAtHand, skipHidden: boolean): DetectedTable {
  const { plan, content } = at;
  const hidden = new Set(skipHidden ? content.hiddenRows : []);
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
    warnings: tableWarnings(at, skipHidden),
  };
}

/** The model saved in settings, parsed; text that is not JSON is handed back as text. */
function savedModel(raw: string | undefined): unknown | undefined {
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    // Handed back as text: the model validator then says it is not a model, instead of us hiding it.
    return raw;
  }
}

/**
 * The session over one workbook port. Classify runs in named steps: locate and read the table, run the
 * engine, plan the whole write (writePlan.ts), refuse what Excel would refuse halfway, then write once.
 */
export function createSession(port: WorkbookPort, lang: Lang, options: SessionOptions = {}): KlantwaardeSession {
  const now = options.now ?? (() => new Date());
  // Bound once: everything the session writes (headers, explanations, report, agenda) is in this one language.
  const texts = textsFor(lang);

  async function detectTable(opts: { skipHiddenRows?: boolean; headerRow?: number } = {}): Promise<DetectedTable> {
    return detectedTable(await locateAndRead(port, SAMPLE_ROWS, undefined, undefined, opts.headerRow), opts.skipHiddenRows ?? false);
  }

  async function preview(model: ScoringModel, opts: { skipHiddenRows?: boolean; headerRow?: number } = {}): Promise<ClassificationRun> {
    const at = await locateAndRead(port, undefined, undefined, model, opts.headerRow);
    return runEngine(at, model, opts.skipHiddenRows ?? false).run;
  }

  async function classify(model: ScoringModel, opts: ClassifyOptions = {}): Promise<ClassifyOutcome> {
    const progress = opts.onProgress;
    const at = await locateAndRead(port, undefined, progress, model, opts.headerRow);
    const sheet = at.plan.clientRange.sheet;
    checkExpectedTable(at, opts.expectedTable);
    const engine = runEngine(at, model, opts.skipHiddenRows ?? false);
    const { run } = engine;
    progress?.(PROGRESS.classified);
    if (at.plan.located.sheetProtected) fail({ code: 'workbook.sheetProtected', params: { sheet } });
    const planned = planClassifyWrite({ at, run, model, texts, now, opts });
    const { writePlan, action } = planned;
    // Refused before anything is written (Excel would fail halfway through the write).
    const sheetChange = writePlan.report?.sheet ?? writePlan.deleteSheets?.[0];
    if (at.state.workbookProtected && sheetChange !== undefined)
      fail({ code: 'workbook.structureProtected', params: { sheet: sheetChange } });
    await hostCall(sheet, 'workbook.writeFailed', () =>
      port.write(writePlan, (f) => progress?.(PROGRESS.classified + (1 - PROGRESS.classified) * f)),
    );
    progress?.(1);
    return {
      run,
      resultAddress: rangeAddress(planned.resultRange),
      ...(planned.reportSheet ? { reportSheet: planned.reportSheet } : {}),
      warnings: [...engine.warnings, ...planned.warnings],
      action,
      ...(action.contactPlan ? { agenda: agendaFile(action.contactPlan, texts, now()) } : {}),
      ...(planned.planSheet ? { planSheet: planned.planSheet } : {}),
    };
  }

  async function describeResults(): Promise<ResultsDescription> {
    return (await planRemoval(port)).description;
  }

  async function removeResults(): Promise<{ removedColumns: number; removedReport: boolean; warnings: CatalogMessage[] }> {
    const { plan, description, removedColumns, warnings } = await planRemoval(port);
    if (plan.settings === undefined) return { removedColumns: 0, removedReport: false, warnings };
    await hostCall(description.blocks[0]?.sheet ?? '', 'workbook.writeFailed', () => port.write(plan));
    return { removedColumns, removedReport: description.reports.length > 0, warnings };
  }

  async function loadModel(): Promise<unknown | undefined> {
    return savedModel((await port.readSettings()).settings[SETTINGS_KEYS.model]);
  }

  async function saveModel(model: ScoringModel): Promise<void> {
    await hostCall('', 'workbook.writeFailed', () =>
      port.write({ settings: { [SETTINGS_KEYS.model]: JSON.stringify(modelToJson(model)) } }),
    );
  }

  return { detectTable, preview, classify, describeResults, removeResults, loadModel, saveModel };
}
