import type { CellValue } from '../engine';
import type { CatalogMessage } from '../i18n/catalog';
import type { CellRange } from './cells';

/**
 * The small interface the workbook pipeline needs from a workbook. Adapters: `excel/` (Office.js),
 * `memory/` (tests, the browser preview), and later `xlsx/` (the CLI). Each method is one step of the
 * pipeline so an adapter can do it in as few round trips as its host allows (Office.js: one sync per
 * chunk); the pipeline decides WHAT to read and write, the adapter decides HOW.
 */
export interface WorkbookPort {
  /** The client table under the selection, plus the sheet names and our settings (one round trip where possible). */
  locateTable(options?: LocateOptions): Promise<WorkbookState>;
  /** Sheet names and our settings, without looking at the selection. */
  readSettings(): Promise<SettingsState>;
  /** Values, number formats and hidden rows of a table, and which cells beside it are filled; chunked by the adapter. */
  readTable(request: TableReadRequest, onProgress?: Progress): Promise<TableContent>;
  /** Values of a few small ranges (e.g. to check our header cells are still ours before removing them). */
  readCells(ranges: readonly CellRange[]): Promise<CellValue[][][]>;
  /** Applies a plan (in the order of the WritePlan fields); chunked by the adapter; screen updating and calculation suspended. */
  write(plan: WritePlan, onProgress?: Progress): Promise<void>;
}

export type Progress = (fraction: number) => void;

export interface LocateOptions {
  /**
   * The read the pipeline will make once it knows the table. An adapter that needs a second round trip
   * to pin down the table (an Excel Table) may make this read in that same round trip and serve the
   * later `readTable` call from it. Returning undefined means "nothing to prefetch".
   */
  readonly prefetch?: (table: LocatedTable) => TableReadRequest | undefined;
}

export interface SettingsState {
  readonly sheetNames: readonly string[];
  /** Raw values of our settings keys (see `SETTINGS_KEYS`); undefined when absent. */
  readonly settings: Readonly<Record<string, string | undefined>>;
  /** The workbook's structure is protected: no sheet can be added or deleted. Absent when the host cannot tell. */
  readonly workbookProtected?: boolean;
  /** Sheets whose protection refuses changes to their cells. Absent when the host cannot tell. */
  readonly protectedSheets?: readonly string[];
  /** Sheets without any value or formula (only `readSettings` fills it; absent when the host cannot tell). */
  readonly emptySheets?: readonly string[];
}

export interface WorkbookState extends SettingsState {
  readonly location: TableLocation;
}

export type TableLocation = { readonly ok: true; readonly table: LocatedTable } | { readonly ok: false; readonly error: CatalogMessage };

export interface LocatedTable {
  /** Header row plus data rows; the totals row of an Excel Table is left out. */
  readonly range: CellRange;
  /** Name of the Excel Table, when the selection is in one. */
  readonly tableName?: string;
  /** Values of the header row. */
  readonly header: readonly CellValue[];
  readonly sheetProtected: boolean;
}

export interface TableReadRequest {
  /** Header row plus data rows. */
  readonly range: CellRange;
  /** Read only the first n data rows' values and formats (hidden rows are reported for all rows). */
  readonly sampleRows?: number;
  /** Cells whose content must be checked (where our columns would go). */
  readonly beside?: CellRange;
}

export interface TableContent {
  readonly header: readonly CellValue[];
  /** Data rows read (all rows, or the sample). */
  readonly rows: readonly (readonly CellValue[])[];
  /** Number format per cell of `rows` ("General" when none). */
  readonly numberFormats: readonly (readonly string[])[];
  /** Data rows (0-based below the header) hidden by a filter or by hand. */
  readonly hiddenRows: readonly number[];
  readonly beside?: BesideContent;
}

export interface BesideContent {
  /** Values of the first row of the beside range (our header row, if the cells are ours). */
  readonly header: readonly CellValue[];
  /** Per row and column of the beside range: true when the cell holds a value or formula. */
  readonly filled: readonly (readonly boolean[])[];
}

/** Literal cell content: a string is always text, never a formula; null is an empty cell. */
export type OutputValue = string | number | null;

/** Conditional format on a column's data cells: a cell whose text equals `text` gets fill `fill` ("#RRGGBB"). */
export interface ColourRule {
  readonly text: string;
  readonly fill: string;
}

/** One result column: header in row 0, then one value per table row. */
export interface OutputColumn {
  readonly values: readonly OutputValue[];
  /**
   * For a column whose values are made on demand (the explanation texts): its values one at a time,
   * row 0 being the header, and how many there are. An adapter that writes row by row (the .xlsx
   * writer) reads these instead of `values`, so a million texts are never held at once; reading
   * `values` makes them all (once).
   */
  readonly valueAt?: (row: number) => OutputValue;
  readonly rowCount?: number;
  /** Number format for every cell of the column. */
  readonly numberFormat: string;
  /**
   * Colours as conditional formatting on the column's data cells (not the header), so a class the
   * user types over ours gets its colour too. Adapters replace the rules of an earlier run.
   */
  readonly colourRules?: readonly ColourRule[];
}

export interface ColumnBlock {
  readonly sheet: string;
  /** Top-left cell (the header row). */
  readonly row: number;
  readonly column: number;
  readonly columns: readonly OutputColumn[];
}

export interface ReportCell {
  readonly value: OutputValue;
  readonly format?: string;
  readonly bold?: boolean;
}

export interface ChartSpec {
  readonly name: string;
  readonly title: string;
  /** Chart data on the report sheet: first column categories, first row series names. */
  readonly data: Omit<CellRange, 'sheet'>;
  /** Series (0-based, in data order) drawn as a line; the others as columns. */
  readonly lineSeries: readonly number[];
  /** Cells the chart covers. */
  readonly position: Omit<CellRange, 'sheet'>;
}

export interface ReportSpec {
  readonly sheet: string;
  /** Rows from A1 (ragged rows are padded with empty cells). */
  readonly cells: readonly (readonly ReportCell[])[];
  /** Column widths in points, from column A. */
  readonly columnWidths: readonly number[];
  readonly chart?: ChartSpec;
}

export interface ColumnSpan {
  readonly sheet: string;
  readonly column: number;
  readonly count: number;
}

/** Everything one pipeline step changes, applied in this field order. */
export interface WritePlan {
  /** Our own old report sheets that are replaced or removed. */
  readonly deleteSheets?: readonly string[];
  /** Whole sheet columns inserted (user data to the right moves right). */
  readonly insertColumns?: ColumnSpan;
  /** New columns at the right end of an Excel Table, by header. */
  readonly addTableColumns?: { readonly tableName: string; readonly headers: readonly string[] };
  readonly blocks?: readonly ColumnBlock[];
  /** Cells cleared of content and formats. */
  readonly clear?: readonly CellRange[];
  /** Excel Table columns deleted, by header. */
  readonly deleteTableColumns?: readonly { readonly tableName: string; readonly headers: readonly string[] }[];
  /** Whole sheet columns deleted (user data to the right moves left); give them right to left. */
  readonly deleteColumns?: readonly ColumnSpan[];
  readonly report?: ReportSpec;
  /** Further sheets of ours written like the report (the contact plan), after it. */
  readonly sheets?: readonly ReportSpec[];
  /**
   * Our settings; null deletes a key that exists. An adapter whose write can fail halfway (Office.js)
   * saves the results record before anything else and deletes it after everything else, so that
   * "remove results" can always undo what a failed write left behind.
   */
  readonly settings?: Readonly<Record<string, string | null>>;
}
