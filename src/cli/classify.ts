import { resolve } from 'node:path';
import type { Workbook, Worksheet } from 'exceljs';
import { parseModelJson, presetModel, validateModel, type Message, type ModelIssue, type ScoringModel } from '../engine';
import { formatMessage, formatNumber, formatPercent, t, type Lang } from '../i18n/catalog';
import { createSession } from '../workbook/pipeline';
import { KlantwaardeError } from '../workbook/session';
import { defaultClientSheet, openWorkbook, sheetByName, workbookBytes, XlsxPort } from '../workbook/xlsx';
import type { ClassifyRequest } from './args';
import { CliError, EXIT } from './errors';
import { checkOutputPath, defaultOutputPath, readInputFile, readModelFile, writeOutputFile } from './files';
import type { CliIo } from './io';
import { droppedParts } from './parts';
import { resultsJson, summaryText, unclassifiedLines } from './summary';

/** Without --model and without a model saved in the workbook: the seed's scoring matrix. */
const DEFAULT_PRESET = 'scoringsmatrix';
/** At most this many unclassified clients are listed; the Signalen column has them all. */
const UNCLASSIFIED_SHOWN = 10;

const modelErrors = (heading: Message, issues: readonly ModelIssue[]) => new CliError(EXIT.model, heading, ...issues);

function modelFromFile(path: string, shown: string, io: CliIo, lang: Lang): ScoringModel {
  const validation = parseModelJson(readModelFile(path, shown));
  if (!validation.ok) throw modelErrors({ code: 'cli.modelInvalid', params: { file: shown } }, validation.errors);
  for (const w of validation.warnings) io.stderr(`${t(lang, 'cli.warning', { text: formatMessage(lang, w) })}\n`);
  return validation.model;
}

async function loadWorkbook(bytes: Uint8Array, shown: string): Promise<Workbook> {
  let workbook: Workbook;
  try {
    workbook = await openWorkbook(bytes);
  } catch (err) {
    throw new CliError(EXIT.input, { code: 'cli.damagedXlsx', params: { file: shown, detail: err instanceof Error ? err.message : String(err) } });
  }
  // A zip without a workbook inside (a .docx or a .zip renamed) loads as a workbook without sheets.
  if (workbook.worksheets.length === 0) throw new CliError(EXIT.input, { code: 'cli.notXlsx', params: { file: shown } });
  return workbook;
}

function clientSheet(workbook: Workbook, requested: string | undefined, shown: string): Worksheet {
  if (requested !== undefined) {
    const sheet = sheetByName(workbook, requested);
    if (!sheet) {
      const sheets = workbook.worksheets.filter((s) => s.state !== 'veryHidden').map((s) => `"${s.name}"`).join(', ');
      throw new CliError(EXIT.input, { code: 'cli.sheetNotFound', params: { sheet: requested, file: shown, sheets } });
    }
    return sheet;
  }
  const sheet = defaultClientSheet(workbook);
  if (!sheet) throw new CliError(EXIT.input, { code: 'cli.noSheet', params: { file: shown } });
  return sheet;
}

function formatSize(lang: Lang, bytes: number): string {
  return bytes >= 1024 * 1024 ? `${formatNumber(lang, bytes / (1024 * 1024), 1)} MB` : `${formatNumber(lang, Math.ceil(bytes / 1024), 0)} kB`;
}

/**
 * Progress on stderr, only for large files (small ones finish before anyone could read it):
 * on a terminal one line redrawn in place, otherwise a line per quarter so logs stay short.
 */
function progressReporter(io: CliIo, lang: Lang, enabled: boolean): { update: (f: number) => void; done: () => void } {
  let shown = -1;
  const step = io.stderrIsTTY ? 0.05 : 0.25;
  return {
    update: (fraction) => {
      if (!enabled) return;
      const bucket = Math.floor(Math.min(1, fraction) / step);
      if (bucket <= shown) return;
      shown = bucket;
      const text = t(lang, 'cli.progress', { percent: formatPercent(lang, bucket * step, 0) });
      io.stderr(io.stderrIsTTY ? `\r${text}` : `${text}\n`);
    },
    done: () => { if (enabled && io.stderrIsTTY && shown >= 0) io.stderr('\n'); },
  };
}

/** Turns a pipeline failure into the CLI's exit code; host read/write failures are our own bugs. */
function tableError(err: KlantwaardeError): CliError {
  const code = err.detail.code;
  if (code === 'workbook.readFailed' || code === 'workbook.writeFailed') return new CliError(EXIT.internal, err.detail);
  // The pane's text offers "Insert columns"; the CLI cannot move a file's formulas safely, so it says what it can do.
  if (code === 'workbook.outputOccupied') return new CliError(EXIT.table, { code: 'cli.outputOccupied', params: err.detail.params ?? {} });
  return new CliError(EXIT.table, err.detail);
}

/** `klantwaarde classify`: read, classify through the one pipeline, write a new file, report. */
export async function classifyCommand(request: ClassifyRequest, lang: Lang, io: CliIo): Promise<number> {
  const say = (key: string, params: Record<string, string | number> = {}) => io.stderr(`${t(lang, key, params)}\n`);
  const shownInput = request.input;
  const shownOutput = request.out ?? defaultOutputPath(request.input);
  const input = resolve(io.cwd, shownInput);
  const output = resolve(io.cwd, shownOutput);

  const bytes = readInputFile(input, shownInput);
  const fileModel = request.model !== undefined ? modelFromFile(resolve(io.cwd, request.model), request.model, io, lang) : undefined;
  checkOutputPath(input, output, request.force, shownOutput);

  const large = bytes.length >= io.largeFileBytes;
  if (large) say('cli.reading', { file: shownInput, size: formatSize(lang, bytes.length) });
  const workbook = await loadWorkbook(bytes, shownInput);
  const sheet = clientSheet(workbook, request.sheet, shownInput);
  const session = createSession(new XlsxPort(workbook, sheet.name), lang, io.now ? { now: io.now } : {});

  let model = fileModel;
  if (model) say('cli.modelFromFile', { model: model.name, file: request.model! });
  else {
    const saved = await session.loadModel();
    if (saved !== undefined) {
      const validation = validateModel(saved);
      if (!validation.ok) throw modelErrors({ code: 'cli.modelSavedInvalid' }, validation.errors);
      model = validation.model;
      say('cli.modelFromWorkbook', { model: model.name });
    } else {
      model = presetModel(DEFAULT_PRESET);
      say('cli.modelPreset', { model: model.name });
    }
  }

  const progress = progressReporter(io, lang, large);
  let outcome;
  try {
    outcome = await session.classify(model, { onProgress: progress.update });
  } catch (err) {
    progress.done();
    if (err instanceof KlantwaardeError) throw tableError(err);
    throw err;
  }
  progress.done();
  for (const w of outcome.warnings) say('cli.warning', { text: formatMessage(lang, w) });
  const dropped = droppedParts(bytes);
  if (dropped.length > 0) say('cli.partsDropped', { parts: dropped.map((k) => t(lang, k)).join(', ') });

  if (large) say('cli.writing', { file: shownOutput });
  writeOutputFile(input, output, await workbookBytes(workbook), request.force, shownOutput);

  const { run } = outcome;
  const table = outcome.resultAddress;
  if (request.json) io.stdout(resultsJson(lang, run, { file: shownInput, output: shownOutput, table }));
  else io.stdout(summaryText(lang, run));
  const unclassified = unclassifiedLines(lang, run, UNCLASSIFIED_SHOWN);
  if (unclassified.lines.length > 0) {
    say('cli.unclassified', { count: unclassified.lines.length + unclassified.more });
    for (const line of unclassified.lines) io.stderr(`${line}\n`);
    if (unclassified.more > 0) say('cli.moreUnclassified', { count: unclassified.more });
  }
  say(outcome.reportSheet ? 'cli.written' : 'cli.writtenNoReport', { file: shownOutput, address: outcome.resultAddress, report: outcome.reportSheet ?? '' });
  return EXIT.ok;
}
