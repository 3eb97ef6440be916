/**
 * The shape of a bad-input case and the few ways to run one: the workbook pipeline over the in-memory
 * workbook, over the Office.js fake (for what only Excel has), or the command line in a scratch folder.
 * The cases themselves live in cases.*.ts; catalogue.test.ts runs them all and checks them against
 * docs/bad-input.md.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { validateModel, type CellValue, type ScoringModel } from '../../src/engine';
import type { CliMessage } from '../../src/i18n/cli';
import { ExcelPort } from '../../src/workbook/excel';
import { FakeExcel } from '../support/officeFake';
import { MemoryPort, MemoryWorkbook } from '../../src/workbook/memory';
import { createSession } from '../../src/workbook/createSession';
import type { ClassifyOptions, ClassifyOutcome, KlantwaardeSession } from '../../src/workbook/session';
import { runCli, type CliRun } from '../cli/helpers';
import { CLIENTS, TODAY, failure } from '../workbook/fixtures';

/**
 * The four clients of the workbook fixtures without their totals row (so a case shows only its own
 * message). Scoring matrix, max 33: Aalders 29 → A, Bakker 21 → B, Claes 11 → C, De Vries 1 → D.
 */
export const FOUR: CellValue[][] = CLIENTS.slice(0, 5).map((row) => [...row]);

/** FOUR with one cell replaced: `sheetRow` 1-based as in Excel (2 = Aalders), column by header. */
export function withCell(sheetRow: number, header: string, value: CellValue): CellValue[][] {
  const rows = FOUR.map((row) => [...row]);
  rows[sheetRow - 1]![FOUR[0]!.indexOf(header)] = value;
  return rows;
}

export function model(raw: Record<string, unknown>): ScoringModel {
  const v = validateModel({ version: 1, name: 'Testmodel', ...raw });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.model;
}

/** What a case observed: the pipeline's stop, or its outcome, and the workbook to inspect. */
export interface Observed {
  readonly failure?: CliMessage;
  readonly outcome?: ClassifyOutcome;
  readonly wb?: MemoryWorkbook;
  /** The whole workbook (sheets, tables, settings) before the run: a stop must leave it exactly so. */
  readonly before?: string;
  readonly cli?: CliRun;
  /** The scratch folder of a command-line case. */
  readonly dir?: string;
  readonly excel?: FakeExcel;
}

export type Expectation =
  /** The run stops before writing anything, with this message. */
  | { readonly kind: 'stops'; readonly message: CliMessage }
  /** The run writes its results and warns with this message. */
  | { readonly kind: 'warns'; readonly message: CliMessage }
  /** The run writes its results; this client (1-based sheet row) gets the message in its Signalen cell. */
  | { readonly kind: 'flags'; readonly message: CliMessage; readonly row: number }
  /** The command line ends with this exit code and prints this message. */
  | { readonly kind: 'cli'; readonly exit: number; readonly message: CliMessage }
  /** The run writes its results without any message. */
  | { readonly kind: 'runs' };

export interface BadInputCase {
  /** The number in docs/bad-input.md. */
  readonly id: number;
  readonly title: string;
  /** The test file that holds the case (the doc's last column). */
  readonly file?: string;
  readonly arrange: () => Promise<Observed>;
  readonly expect: Expectation;
  /** Case-specific checks on top of the expectation (cells written, nothing lost). */
  readonly also?: (observed: Observed) => void | Promise<void>;
}

export type Adapter = 'memory' | 'excel';

export interface Arrangement {
  readonly adapter?: Adapter;
  /** Cells to select ("B3", "A1:E5", "A:E"); none: nothing selected. */
  readonly select?: readonly string[];
  readonly model?: ScoringModel;
  readonly options?: ClassifyOptions;
  /** Anything else the workbook needs (more sheets, tables, hidden rows, protection). */
  readonly prepare?: (wb: MemoryWorkbook) => void;
  readonly origin?: string;
}

export const SCORING_MATRIX = (): ScoringModel =>
  model({
    name: 'Scoringsmatrix',
    revenue: 'Omzet',
    criteria: [
      { name: 'Omzet', weight: 5, scoring: { type: 'quantiles' } },
      { name: 'Portfolio', weight: 2 },
      { name: 'Netwerk', weight: 3 },
      { name: 'Samenwerking', weight: 1 },
    ],
    classification: { method: 'score', thresholds: [0.7, 0.45, 0.2], labels: ['A', 'B', 'C', 'D'] },
  });

function sessionOver(wb: MemoryWorkbook, adapter: Adapter): { session: KlantwaardeSession; excel?: FakeExcel } {
  if (adapter === 'memory') return { session: createSession(new MemoryPort(wb), 'nl', { now: () => TODAY }) };
  const excel = new FakeExcel(wb);
  return { session: createSession(new ExcelPort(excel.run), 'nl', { now: () => TODAY }), excel };
}

/** Puts `rows` on sheet "Klanten", selects, and classifies once through the pipeline. */
export async function classifySheet(rows: CellValue[][], how: Arrangement = {}): Promise<Observed> {
  const wb = new MemoryWorkbook();
  wb.loadSheet('Klanten', rows, how.origin ?? 'A1');
  how.prepare?.(wb);
  if (how.select) wb.select('Klanten', ...how.select);
  return classifyWorkbook(wb, how);
}

export async function classifyWorkbook(wb: MemoryWorkbook, how: Arrangement = {}): Promise<Observed> {
  const before = JSON.stringify(wb.snapshot());
  const { session, excel } = sessionOver(wb, how.adapter ?? 'memory');
  const base = { wb, before, ...(excel ? { excel } : {}) };
  try {
    const outcome = await session.classify(how.model ?? SCORING_MATRIX(), how.options);
    return { ...base, outcome };
  } catch (e) {
    return { ...base, failure: await failure(Promise.reject(e)) };
  }
}

/** A workbook file written by SheetJS (not the library the command line reads with). */
export function xlsxBytes(sheets: Record<string, CellValue[][]>): Buffer {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows.map((r) => r.map((v) => (v === undefined ? null : v)))), name);
  }
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

/** Folders made by runInFolder, removed after the catalogue ran. */
export const scratchFolders: string[] = [];

/**
 * Runs `klantwaarde` in a fresh folder holding `files`, with relative paths, so every message names
 * the files as the user typed them ("klanten.xlsx"), not a temporary path.
 */
export async function runInFolder(files: Record<string, string | Buffer>, argv: string[]): Promise<Observed> {
  const dir = mkdtempSync(join(tmpdir(), 'kw-catalogue-'));
  scratchFolders.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  const cli = await runCli(argv, { cwd: dir });
  return { cli, dir };
}

export const readIn = (dir: string, name: string): Buffer => readFileSync(join(dir, name));
