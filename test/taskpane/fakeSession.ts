/**
 * A KlantwaardeSession over an in-memory client table, built on the real engine (classifyTable) so
 * the pane's tests see real scores and classes without the workbook pipeline. Every method is a
 * jest mock, so tests can assert what was (and was not) called.
 */
import { classifyTable, columnLetter, type CellValue, type ClassificationRun, type ScoringModel } from '../../src/engine';
import {
  KlantwaardeError,
  type ClassifyOptions,
  type ClassifyOutcome,
  type DetectedTable,
  type KlantwaardeSession,
  type ResultsDescription,
} from '../../src/workbook/session';

export interface FakeSheet {
  readonly sheet: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Data rows (0-based) hidden by a filter. */
  readonly hiddenRows?: readonly number[];
}

export interface FakeSessionOptions {
  /** What loadModel() returns (raw JSON, like a workbook setting). */
  readonly savedModel?: unknown;
  /** Make a method fail with this error. */
  readonly detectError?: unknown;
  readonly classifyError?: unknown;
}

type Mocked<F extends (...args: never[]) => unknown> = jest.Mock<ReturnType<F>, Parameters<F>>;

export interface FakeSession extends KlantwaardeSession {
  readonly detectTable: Mocked<KlantwaardeSession['detectTable']>;
  readonly preview: Mocked<KlantwaardeSession['preview']>;
  readonly classify: Mocked<KlantwaardeSession['classify']>;
  readonly removeResults: Mocked<KlantwaardeSession['removeResults']>;
  readonly describeResults: Mocked<NonNullable<KlantwaardeSession['describeResults']>>;
  readonly loadModel: Mocked<KlantwaardeSession['loadModel']>;
  readonly saveModel: Mocked<KlantwaardeSession['saveModel']>;
}

function visibleRows(sheet: FakeSheet, skipHiddenRows: boolean | undefined): (readonly CellValue[])[] {
  const hidden = new Set(skipHiddenRows ? (sheet.hiddenRows ?? []) : []);
  return sheet.rows.filter((_, r) => !hidden.has(r));
}

function run(sheet: FakeSheet, model: ScoringModel, skipHiddenRows: boolean | undefined): ClassificationRun {
  const result = classifyTable(sheet.header, visibleRows(sheet, skipHiddenRows), model, {
    placement: { sheet: sheet.sheet, headerRow: 1, firstColumn: 0 },
  });
  if (!result.ok) throw new KlantwaardeError(result.error);
  return result.run;
}

export function fakeSession(sheet: FakeSheet, options: FakeSessionOptions = {}): FakeSession {
  const lastColumn = columnLetter(sheet.header.length - 1);
  const address = `${sheet.sheet}!A1:${lastColumn}${sheet.rows.length + 1}`;
  const detected: DetectedTable = {
    sheet: sheet.sheet,
    address,
    headers: sheet.header,
    rowCount: sheet.rows.length,
    hiddenRowCount: sheet.hiddenRows?.length ?? 0,
    sample: sheet.rows.slice(0, 20),
    warnings: [],
  };
  // What the fake workbook holds of ours: set by classify, emptied by removeResults (like the pipeline's record).
  const nothing: ResultsDescription = { blocks: [], reports: [] };
  let written = nothing;
  return {
    detectTable: jest.fn(async () => {
      if (options.detectError !== undefined) throw options.detectError;
      return detected;
    }),
    preview: jest.fn(async (model: ScoringModel, o?: { skipHiddenRows?: boolean }) => run(sheet, model, o?.skipHiddenRows)),
    classify: jest.fn(async (model: ScoringModel, o?: ClassifyOptions): Promise<ClassifyOutcome> => {
      if (options.classifyError !== undefined) throw options.classifyError;
      o?.onProgress?.(0.5);
      const result = run(sheet, model, o?.skipHiddenRows);
      const first = columnLetter(sheet.header.length);
      const last = columnLetter(sheet.header.length + 7);
      const resultAddress = `${sheet.sheet}!${first}1:${last}${sheet.rows.length + 1}`;
      written = {
        blocks: [
          {
            sheet: sheet.sheet,
            address: resultAddress,
            headers: ['Klantscore', 'Score %', 'Klasse', 'Rang', 'Omzetaandeel', 'Toelichting', 'Aanpak', 'Signalen'],
          },
        ],
        reports: ['Klantanalyse 2026'],
      };
      return { run: result, resultAddress, reportSheet: 'Klantanalyse 2026', warnings: [] };
    }),
    describeResults: jest.fn(async () => written),
    removeResults: jest.fn(async () => {
      written = nothing;
      return { removedColumns: 8, removedReport: true };
    }),
    loadModel: jest.fn(async () => options.savedModel),
    saveModel: jest.fn(async (_model: ScoringModel): Promise<void> => {}),
  };
}
