import { resolve } from 'node:path';
import { parseModelJson, presetModel, validateModel, type ModelIssue, type ScoringModel } from '../engine';
import type { CliMessage, CliTextKey } from '../i18n/cli';
import type { CliTexts } from '../i18n/cliTexts';
import { createSession } from '../workbook/createSession';
import { KlantwaardeError } from '../workbook/session';
import { defaultClientSheet, sheetByName, XlsxPackage, XlsxPort, ZipError } from '../workbook/xlsx';
import type { SheetEntry } from '../workbook/xlsx/opc';
import type { ClassifyRequest } from './args';
import { NODE_COMPRESSION, nodeInflate } from './compression';
import { CliError, EXIT } from './errors';
import { checkAgendaPath, writeAgendaFile } from './agenda';
import { checkOutputPath, defaultOutputPath, fileZipSink, readInputFile, readModelFile, writeOutputFile } from './files';
import type { CliIo } from './io';
import { resultsJson, summaryText, unclassifiedLines } from './summary';

/** Without --model and without a model saved in the workbook: the seed's scoring matrix. */
const DEFAULT_PRESET = 'scoringsmatrix';
/** At most this many unclassified clients are listed; the Signalen column has them all. */
const UNCLASSIFIED_SHOWN = 10;

const modelErrors = (heading: CliMessage, issues: readonly ModelIssue[]) => new CliError(EXIT.model, heading, ...issues);

function modelFromFile(path: string, shown: string, io: CliIo, tx: CliTexts): ScoringModel {
  const validation = parseModelJson(readModelFile(path, shown));
  if (!validation.ok) throw modelErrors({ code: 'cli.modelInvalid', params: { file: shown } }, validation.errors);
  for (const w of validation.warnings) io.stderr(`${tx.t('cli.warning', { text: tx.message(w) })}\n`);
  return validation.model;
}

/** Opens the package; a zip bomb, an encrypted or damaged zip, or a zip without a workbook each get their own message. */
function loadWorkbook(bytes: Uint8Array, shown: string): XlsxPackage {
  let pkg: XlsxPackage;
  try {
    pkg = new XlsxPackage(bytes, nodeInflate);
  } catch (err) {
    if (err instanceof ZipError && err.reason === 'bomb')
      throw new CliError(EXIT.input, { code: 'cli.zipBomb', params: { file: shown, detail: err.message } });
    // A zip without a workbook inside (a .docx or a .zip renamed) has no officeDocument relationship.
    if (err instanceof Error && /no workbook part|workbook part .* is missing|no part _rels/.test(err.message))
      throw new CliError(EXIT.input, { code: 'cli.notXlsx', params: { file: shown } });
    throw new CliError(EXIT.input, {
      code: 'cli.damagedXlsx',
      params: { file: shown, detail: err instanceof Error ? err.message : String(err) },
    });
  }
  if (!pkg.sheets().some((s) => s.part)) throw new CliError(EXIT.input, { code: 'cli.notXlsx', params: { file: shown } });
  return pkg;
}

function clientSheet(pkg: XlsxPackage, requested: string | undefined, shown: string): SheetEntry {
  if (requested !== undefined) {
    const sheet = sheetByName(pkg, requested);
    if (!sheet?.part) {
      const sheets = pkg
        .sheets()
        .filter((s) => s.state !== 'veryHidden' && s.part)
        .map((s) => `"${s.name}"`)
        .join(', ');
      throw new CliError(EXIT.input, { code: 'cli.sheetNotFound', params: { sheet: requested, file: shown, sheets } });
    }
    return sheet;
  }
  const sheet = defaultClientSheet(pkg);
  if (!sheet) throw new CliError(EXIT.input, { code: 'cli.noSheet', params: { file: shown } });
  return sheet;
}

/** Reading the package's parts can still find damage (a part cut short, a zip bomb inside); said as such, not as our bug. */
function damaged(err: unknown, shown: string): CliError | undefined {
  if (!(err instanceof ZipError)) return undefined;
  return new CliError(EXIT.input, {
    code: err.reason === 'bomb' ? 'cli.zipBomb' : 'cli.damagedXlsx',
    params: { file: shown, detail: err.message },
  });
}

function formatSize(tx: CliTexts, bytes: number): string {
  return bytes >= 1024 * 1024 ? `${tx.number(bytes / (1024 * 1024), 1)} MB` : `${tx.number(Math.ceil(bytes / 1024), 0)} kB`;
}

/**
 * Progress on stderr, only for large files (small ones finish before anyone could read it):
 * on a terminal one line redrawn in place, otherwise a line per quarter so logs stay short.
 */
function progressReporter(io: CliIo, tx: CliTexts, enabled: boolean): { update: (f: number) => void; done: () => void } {
  let shown = -1;
  const step = io.stderrIsTTY ? 0.05 : 0.25;
  return {
    update: (fraction) => {
      if (!enabled) return;
      const bucket = Math.floor(Math.min(1, fraction) / step);
      if (bucket <= shown) return;
      shown = bucket;
      const text = tx.t('cli.progress', { percent: tx.percent(bucket * step, 0) });
      io.stderr(io.stderrIsTTY ? `\r${text}` : `${text}\n`);
    },
    done: () => {
      if (enabled && io.stderrIsTTY && shown >= 0) io.stderr('\n');
    },
  };
}

/** A read failure caused by a damaged part (the pipeline wraps it as a read failure): the file's fault, not ours. */
function damagedDetail(err: KlantwaardeError, shown: string): CliError | undefined {
  if (err.detail.code !== 'workbook.readFailed') return undefined;
  const detail = String(err.detail.params?.detail ?? '');
  if (!/^ZipError/.test(detail) && !/expands beyond|cut short|shorter than declared/.test(detail)) return undefined;
  return new CliError(EXIT.input, {
    code: /expands beyond/.test(detail) ? 'cli.zipBomb' : 'cli.damagedXlsx',
    params: { file: shown, detail },
  });
}

/** Turns a pipeline failure into the CLI's exit code; host read/write failures are our own bugs. */
/** Failures that a wrong header row causes (a title block detection did not get right). */
const HEADER_ROW_FAILURES = new Set([
  'table.missingColumns',
  'table.missingColumnSuggest',
  'table.noHeaderRow',
  'table.noClients',
  'table.noRevenueColumn',
]);

function tableError(err: KlantwaardeError, headerRowGiven = false): CliError {
  const code = err.detail.code;
  if (!headerRowGiven && HEADER_ROW_FAILURES.has(code)) return new CliError(EXIT.table, err.detail, { code: 'cli.headerRowHint' });
  if (code === 'workbook.readFailed' || code === 'workbook.writeFailed') return new CliError(EXIT.internal, err.detail);
  // The pane's text offers "Insert columns"; the CLI cannot move a file's formulas safely, so it says what it can do.
  if (code === 'workbook.outputOccupied') return new CliError(EXIT.table, { code: 'cli.outputOccupied', params: err.detail.params ?? {} });
  return new CliError(EXIT.table, err.detail);
}

/** `klantwaarde classify`: read, classify through the one pipeline, write a new file, report. */
export async function classifyCommand(request: ClassifyRequest, tx: CliTexts, io: CliIo): Promise<number> {
  const say = (key: CliTextKey, params: Record<string, string | number> = {}) => io.stderr(`${tx.t(key, params)}\n`);
  const shownInput = request.input;
  const shownOutput = request.out ?? defaultOutputPath(request.input);
  const input = resolve(io.cwd, shownInput);
  const output = resolve(io.cwd, shownOutput);

  const bytes = readInputFile(input, shownInput);
  const fileModel = request.model !== undefined ? modelFromFile(resolve(io.cwd, request.model), request.model, io, tx) : undefined;
  checkOutputPath(input, output, request.force, shownOutput);
  const agenda = request.agenda !== undefined ? resolve(io.cwd, request.agenda) : undefined;
  if (agenda) checkAgendaPath(input, agenda, request.force, request.agenda);

  const large = bytes.length >= io.largeFileBytes;
  if (large) say('cli.reading', { file: shownInput, size: formatSize(tx, bytes.length) });
  const pkg = loadWorkbook(bytes, shownInput);
  let sheet: SheetEntry;
  try {
    sheet = clientSheet(pkg, request.sheet, shownInput);
  } catch (err) {
    throw damaged(err, shownInput) ?? err;
  }
  const port = new XlsxPort(pkg, sheet.name);
  const session = createSession(port, tx.lang, io.now ? { now: io.now } : {});

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

  const progress = progressReporter(io, tx, large);
  let outcome;
  try {
    outcome = await session.classify(model, {
      onProgress: progress.update,
      ...(agenda ? { contactPlan: true } : {}),
      ...(request.headerRow !== undefined ? { headerRow: request.headerRow } : {}),
    });
  } catch (err) {
    progress.done();
    if (err instanceof KlantwaardeError) throw damagedDetail(err, shownInput) ?? tableError(err, request.headerRow !== undefined);
    throw damaged(err, shownInput) ?? err;
  }
  progress.done();
  for (const w of outcome.warnings) say('cli.warning', { text: tx.message(w) });

  if (large) say('cli.writing', { file: shownOutput });
  writeOutputFile(input, output, (fd) => port.saveTo(fileZipSink(fd), io.now?.(), NODE_COMPRESSION), request.force, shownOutput);
  const plan = outcome.action?.contactPlan;
  if (agenda && outcome.agenda !== undefined && plan) {
    writeAgendaFile(input, agenda, outcome.agenda, request.force, request.agenda);
    say('cli.agendaWritten', {
      file: request.agenda!,
      clients: plan.clients.length,
      contacts: plan.clients.reduce((n, c) => n + c.contacts.length, 0),
    });
  }

  const { run } = outcome;
  const table = outcome.resultAddress;
  if (request.json) io.stdout(resultsJson(tx, run, { file: shownInput, output: shownOutput, table }));
  else io.stdout(summaryText(tx, run));
  const unclassified = unclassifiedLines(tx, run, UNCLASSIFIED_SHOWN);
  if (unclassified.lines.length > 0) {
    say('cli.unclassified', { count: unclassified.lines.length + unclassified.more });
    for (const line of unclassified.lines) io.stderr(`${line}\n`);
    if (unclassified.more > 0) say('cli.moreUnclassified', { count: unclassified.more });
  }
  say(outcome.reportSheet ? 'cli.written' : 'cli.writtenNoReport', {
    file: shownOutput,
    address: outcome.resultAddress,
    report: outcome.reportSheet ?? '',
  });
  return EXIT.ok;
}
