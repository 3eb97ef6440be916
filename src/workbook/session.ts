import type { CellValue, ClassificationRun, Message, ScoringModel } from '../engine';

/**
 * What the task pane, the ribbon command, the preview page and the CLI ask of a workbook.
 * One implementation (`createSession(port)` in ./pipeline) runs against any WorkbookPort adapter
 * (Excel, in-memory, .xlsx), so every surface gets the same behaviour.
 */

/** The client table found from the selection (or the sheet, for the CLI). */
export interface DetectedTable {
  readonly sheet: string;
  /** e.g. "Klanten!A1:H151" */
  readonly address: string;
  /** Excel Table name when the selection is inside an Excel Table. */
  readonly tableName?: string;
  readonly headers: readonly string[];
  /** Data rows below the header (clients, blank and totals rows together). */
  readonly rowCount: number;
  /** Data rows hidden by a filter. */
  readonly hiddenRowCount: number;
  /** A sample of the first rows (for column-type guesses in the pane). */
  readonly sample: readonly (readonly CellValue[])[];
  readonly warnings: readonly Message[];
}

export interface ClassifyOptions {
  /** Skip rows hidden by a filter (default: include them). */
  readonly skipHiddenRows?: boolean;
  /** When our output columns would land on user data: insert new columns instead of stopping. */
  readonly insertColumns?: boolean;
  /** Write the report sheet (default true). */
  readonly report?: boolean;
  readonly onProgress?: (fraction: number) => void;
}

export interface ClassifyOutcome {
  readonly run: ClassificationRun;
  /** Where the result columns were written, e.g. "Klanten!I1:P151". */
  readonly resultAddress: string;
  readonly reportSheet?: string;
  readonly warnings: readonly Message[];
}

/** A failure the user can act on: the message says what is wrong and where. */
export class KlantwaardeError extends Error {
  constructor(readonly detail: Message) {
    super(detail.code);
    this.name = 'KlantwaardeError';
  }
}

/** What "remove results" would take away: the result column blocks still ours, and our report sheets. */
export interface ResultsDescription {
  readonly blocks: readonly { readonly sheet: string; readonly address: string; readonly headers: readonly string[] }[];
  readonly reports: readonly string[];
}

export interface KlantwaardeSession {
  detectTable(options?: { skipHiddenRows?: boolean }): Promise<DetectedTable>;
  /** Runs the engine on the current table without writing anything (summary, what-if). */
  preview(model: ScoringModel, options?: { skipHiddenRows?: boolean }): Promise<ClassificationRun>;
  classify(model: ScoringModel, options?: ClassifyOptions): Promise<ClassifyOutcome>;
  /**
   * Removes exactly the columns, formats and report sheet this add-in wrote. Columns a user changed
   * since (our header cells no longer ours) are left alone and reported in `warnings`.
   */
  /** Names exactly what removeResults() would remove now (for the confirmation question); optional for older sessions. */
  describeResults?(): Promise<ResultsDescription>;
  removeResults(): Promise<{ removedColumns: number; removedReport: boolean; warnings?: readonly Message[] }>;
  /** The model saved in the workbook (raw JSON, validate before use), if any. */
  loadModel(): Promise<unknown | undefined>;
  saveModel(model: ScoringModel): Promise<void>;
}
