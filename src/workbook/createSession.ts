import { displayText, modelToJson, type ClassificationRun, type ScoringModel } from '../engine';
import { textsFor, type CatalogMessage, type Lang } from '../i18n/catalog';
import { rangeAddress } from './cells';
import { importResultsWriter, onDemand, type ResultsWriterImport } from './onDemand';
import type { WorkbookPort } from './port';
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

export interface SessionOptions {
  /** The clock for the report date and year (tests pin it). */
  readonly now?: () => Date;
  /** How the write half is fetched (onDemand.ts); tests make it slow or fail, as a network can. */
  readonly importWriter?: ResultsWriterImport;
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
 * engine, then the write half (resultsWriter.ts, loaded on demand): plan the whole write (writePlan.ts),
 * refuse what Excel would refuse halfway, then write once.
 */
export function createSession(port: WorkbookPort, lang: Lang, options: SessionOptions = {}): KlantwaardeSession {
  const now = options.now ?? (() => new Date());
  // Bound once: everything the session writes (headers, explanations, report, agenda) is in this one language.
  const texts = textsFor(lang);
  const importWriter = options.importWriter ?? importResultsWriter;
  const writer = () => onDemand(importWriter);

  async function detectTable(opts: { skipHiddenRows?: boolean; headerRow?: number } = {}): Promise<DetectedTable> {
    return detectedTable(await locateAndRead(port, SAMPLE_ROWS, undefined, undefined, opts.headerRow), opts.skipHiddenRows ?? false);
  }

  async function preview(model: ScoringModel, opts: { skipHiddenRows?: boolean; headerRow?: number } = {}): Promise<ClassificationRun> {
    const at = await locateAndRead(port, undefined, undefined, model, opts.headerRow);
    return runEngine(at, model, opts.skipHiddenRows ?? false).run;
  }

  async function classify(model: ScoringModel, opts: ClassifyOptions = {}): Promise<ClassifyOutcome> {
    // Fetched while the table is read (when the idle preload has not brought it already).
    const writing = writer();
    // Awaited below, after the read; until then a failed fetch must not count as an unhandled rejection.
    writing.catch(() => undefined);
    const progress = opts.onProgress;
    const at = await locateAndRead(port, undefined, progress, model, opts.headerRow);
    checkExpectedTable(at, opts.expectedTable);
    const engine = runEngine(at, model, opts.skipHiddenRows ?? false);
    progress?.(PROGRESS.classified);
    return (await writing).writeResults({ port, at, engine, model, texts, now, opts });
  }

  async function describeResults(): Promise<ResultsDescription> {
    return (await writer()).describeResults(port);
  }

  async function removeResults(): Promise<{ removedColumns: number; removedReport: boolean; warnings: CatalogMessage[] }> {
    return (await writer()).removeResults(port);
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
