import type { ActionPlan, CellValue, ClassificationRun, ScoringModel } from '../engine';
import type { CatalogMessage } from '../i18n/catalog';

/**
 * What the task pane, the ribbon command, the preview page and the CLI ask of a workbook.
 * One implementation (`createSession(port)` in ./createSession) runs against any WorkbookPort adapter
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
  /** 1-based sheet row of the header row (found below a title block, or named by the user). */
  readonly headerRow?: number;
  /** 1-based sheet rows of a title block above the header row, left out of the table. */
  readonly titleRows?: readonly number[];
  /** The header row is the one the user named (`headerRow` option), not the detected one. */
  readonly headerRowManual?: boolean;
  readonly warnings: readonly CatalogMessage[];
}

/** Which table: enough to tell two tables apart, not its size (rows may be added between detect and classify). */
export type TableIdentity = Pick<DetectedTable, 'sheet' | 'address' | 'tableName'>;

/** "Klanten!A1:H151" → "A1": the header's top-left cell, where a table starts. */
function topLeft(address: string): string {
  return address
    .slice(address.lastIndexOf('!') + 1)
    .split(':')[0]!
    .replace(/\$/g, '')
    .toUpperCase();
}

/** Same sheet (Excel compares sheet names case-insensitively), same Excel Table if any, same top-left cell. */
export function sameTable(a: TableIdentity, b: TableIdentity): boolean {
  return (
    a.sheet.toLowerCase() === b.sheet.toLowerCase() &&
    (a.tableName ?? '').toLowerCase() === (b.tableName ?? '').toLowerCase() &&
    topLeft(a.address) === topLeft(b.address)
  );
}

/** How a table is named in messages: its Excel Table name with the address, or the address. */
export function tableLabel(table: TableIdentity): string {
  return table.tableName ? `${table.tableName} (${table.address})` : table.address;
}

/** How to find the table: which rows count, and (optionally) which row is the header row. */
export interface LocateTableOptions {
  /** Skip rows hidden by a filter (default: include them). */
  readonly skipHiddenRows?: boolean;
  /**
   * 1-based sheet row of the header row, when detection picked the wrong one (pane "Kopregel",
   * CLI `--header-row`). The table runs from there to its first blank row. Ignored for an Excel Table.
   */
  readonly headerRow?: number;
}

export interface ClassifyOptions extends LocateTableOptions {
  /**
   * The table the pane shows. When the selection has moved to another table since (the pane may have
   * been hidden, or missed an event), classify refuses instead of writing beside a table the user did
   * not review.
   */
  readonly expectedTable?: TableIdentity;
  /** When our output columns would land on user data: insert new columns instead of stopping. */
  readonly insertColumns?: boolean;
  /** Write the report sheet (default true). */
  readonly report?: boolean;
  /** Write the sheet "Contactplan <jaar>" and make the agenda file (default: when the model has a plan section). */
  readonly contactPlan?: boolean;
  readonly onProgress?: (fraction: number) => void;
}

export interface ClassifyOutcome {
  readonly run: ClassificationRun;
  /** Where the result columns were written, e.g. "Klanten!I1:P151". */
  readonly resultAddress: string;
  readonly reportSheet?: string;
  readonly warnings: readonly CatalogMessage[];
  /** Contact plan, growth budget and ideal-client profile of the run (always computed, cheap). */
  readonly action?: ActionPlan;
  /** The sheet the contact plan was written to, when asked for. */
  readonly planSheet?: string;
  /** The agenda file (iCalendar text) of the contact plan, when asked for. */
  readonly agenda?: string;
}

/** A failure the user can act on: the message says what is wrong and where. */
export class KlantwaardeError extends Error {
  constructor(readonly detail: CatalogMessage) {
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
  detectTable(options?: LocateTableOptions): Promise<DetectedTable>;
  /** Runs the engine on the current table without writing anything (summary, what-if). */
  preview(model: ScoringModel, options?: LocateTableOptions): Promise<ClassificationRun>;
  classify(model: ScoringModel, options?: ClassifyOptions): Promise<ClassifyOutcome>;
  /**
   * Removes exactly the columns, formats and report sheet this add-in wrote. Columns a user changed
   * since (our header cells no longer ours) are left alone and reported in `warnings`.
   */
  /** Names exactly what removeResults() would remove now (for the confirmation question); optional for older sessions. */
  describeResults?(): Promise<ResultsDescription>;
  removeResults(): Promise<{ removedColumns: number; removedReport: boolean; warnings?: readonly CatalogMessage[] }>;
  /** The model saved in the workbook (raw JSON, validate before use), if any. */
  loadModel(): Promise<unknown | undefined>;
  saveModel(model: ScoringModel): Promise<void>;
}
