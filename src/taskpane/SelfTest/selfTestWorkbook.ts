import type { CellValue } from '../../engine';

/**
 * What the self-test does to a workbook besides classifying (that goes through the session, like the
 * pane): set up a small client table on a temporary sheet, look at what was written, protect a sheet,
 * clean up. Implemented over Office.js for real Excel (./officeSelfTestWorkbook) and over the in-memory
 * workbook for the preview and for jest, where the session runs the Excel adapter against the Office.js
 * fake on that same memory workbook (./memorySelfTestWorkbook).
 */
export interface SelfTestWorkbook {
  sheetNames(): Promise<string[]>;
  /** A new sheet with `rows` from A1. */
  addSheet(name: string, rows: readonly (readonly CellValue[])[]): Promise<void>;
  /** Turns a range with a header row into an Excel Table. */
  addTable(sheet: string, address: string, name: string): Promise<void>;
  deleteSheet(name: string): Promise<void>;
  select(sheet: string, address: string): Promise<void>;
  /** The current selection (first area), to put back afterwards; undefined when there is none. */
  selection(): Promise<{ readonly sheet: string; readonly address: string } | undefined>;
  /** Values and number formats of a rectangle, e.g. "A1:M5". */
  read(sheet: string, address: string): Promise<{ readonly values: CellValue[][]; readonly formats: string[][] }>;
  tableHeaders(table: string): Promise<string[]>;
  chartCount(sheet: string): Promise<number>;
  setProtected(sheet: string, on: boolean): Promise<void>;
  /** Workbook settings (the saved model, the record of written results), absent keys as undefined. */
  readSettings(keys: readonly string[]): Promise<Record<string, string | undefined>>;
  /** Sets each key; undefined removes it. */
  writeSettings(values: Readonly<Record<string, string | undefined>>): Promise<void>;
}
