/**
 * The subset of Office.js (Excel JavaScript API) the Excel adapter uses, as structural interfaces.
 * The real `Excel.RequestContext` satisfies them (checked at compile time at the bottom), and so does
 * the test double in test/support/officeFake, so the adapter cannot call anything the fake does not model.
 *
 * Requirement set of each member (from @types/office-js, the source of the Office.js reference docs):
 *   1.1  Range.address/rowIndex/columnIndex/rowCount/columnCount/values/numberFormat/valueTypes/worksheet/format,
 *        Range.getRow/insert/delete/clear, RangeFormat.fill/font, RangeFill.clear, RangeFont.bold,
 *        Worksheet.name/getRange/delete/charts, WorksheetCollection.getItem/add, TableCollection.getItem,
 *        Table.name/showHeaders/showTotals/getRange/columns, TableColumnCollection.getItem, TableColumn.delete,
 *        ChartCollection.add, Chart.name/title/series/setPosition, ChartTitle.text, ChartSeriesCollection.getItemAt
 *   1.2  RangeFormat.columnWidth, Worksheet.protection, WorksheetProtection.protected
 *   1.4  Workbook.settings, SettingCollection.add/getItem/getItemOrNullObject, Setting.value/delete,
 *        Range.getUsedRangeOrNullObject, TableColumnCollection.add with a name appended at the end
 *   1.4  Worksheet.getUsedRangeOrNullObject
 *   1.6  Application.suspendApiCalculationUntilNextSync, Range.conditionalFormats, ConditionalFormatCollection.add/clearAll,
 *        ConditionalFormat.cellValue, CellValueConditionalFormat.format/rule, ConditionalRangeFill.color
 *   1.7  Workbook.protection, WorkbookProtection.protected
 *   1.7  Workbook.getActiveCell, Range.getSurroundingRegion, Worksheet.getRangeByIndexes, ChartSeries.chartType
 *   1.9  Workbook.getSelectedRanges, RangeAreas.areaCount/address/areas, RangeCollection.getItemAt,
 *        Range.getTables/getSpecialCellsOrNullObject/setCellProperties, Application.suspendScreenUpdatingUntilNextSync
 * Highest: ExcelApi 1.9 (the manifest asks for 1.12 for other features).
 */

export interface XlLoadable<Self> {
  load(propertyNames?: string | string[]): Self;
}

export interface XlNullable {
  /** Only for objects from *OrNullObject methods; readable after load + sync. */
  readonly isNullObject: boolean;
}

export interface XlContext {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
  sync(): Promise<void>;
}

export interface XlApplication {
  suspendApiCalculationUntilNextSync(): void;
  suspendScreenUpdatingUntilNextSync(): void;
}

export interface XlWorkbook {
  readonly protection: XlWorkbookProtection;
  getSelectedRanges(): XlRangeAreas;
  getActiveCell(): XlRange;
  readonly worksheets: XlWorksheetCollection;
  readonly tables: XlTableCollection;
  readonly settings: XlSettingCollection;
}

export interface XlRangeAreas extends XlLoadable<XlRangeAreas>, XlNullable {
  readonly areaCount: number;
  /** "Sheet1!A2:H5,Sheet1!A7:H9" */
  readonly address: string;
  readonly areas: XlRangeCollection;
}

export interface XlRangeCollection {
  getItemAt(index: number): XlRange;
}

export interface XlCellProperties {
  format?: { fill?: { color?: string } };
}

export interface XlRange extends XlLoadable<XlRange>, XlNullable {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  // Office.js types cell data as any[][]; the adapter narrows what it reads and writes.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  values: any[][];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  numberFormat: any[][];
  readonly valueTypes: Excel.RangeValueType[][];
  readonly worksheet: XlWorksheet;
  readonly format: XlRangeFormat;
  readonly conditionalFormats: XlConditionalFormatCollection;
  getSurroundingRegion(): XlRange;
  getTables(fullyContained?: boolean): XlTableScopedCollection;
  getRow(row: number): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  getSpecialCellsOrNullObject(cellType: 'Visible'): XlRangeAreas;
  insert(shift: 'Right'): XlRange;
  delete(shift: 'Left'): void;
  clear(applyTo?: 'All'): void;
  setCellProperties(cellPropertiesData: XlCellProperties[][]): void;
}

export interface XlConditionalFormatCollection {
  add(type: 'CellValue'): XlConditionalFormat;
  clearAll(): void;
}

export interface XlConditionalFormat {
  readonly cellValue: {
    readonly format: { readonly fill: { color: string } };
    rule: { formula1: string; formula2?: string; operator: string };
  };
}

export interface XlRangeFormat {
  readonly fill: { clear(): void };
  readonly font: { bold: boolean };
  columnWidth: number;
}

export interface XlWorksheet extends XlLoadable<XlWorksheet> {
  readonly name: string;
  readonly protection: XlWorksheetProtection;
  readonly charts: XlChartCollection;
  getRange(address?: string): XlRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  delete(): void;
}

export interface XlWorkbookProtection extends XlLoadable<XlWorkbookProtection> {
  /** Structure protection: sheets cannot be added, deleted or renamed. */
  readonly protected: boolean;
}

export interface XlWorksheetProtection extends XlLoadable<XlWorksheetProtection> {
  readonly protected: boolean;
}

export interface XlWorksheetCollection extends XlLoadable<XlWorksheetCollection> {
  readonly items: XlWorksheet[];
  getItem(key: string): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlTable extends XlLoadable<XlTable> {
  readonly name: string;
  showHeaders: boolean;
  showTotals: boolean;
  readonly columns: XlTableColumnCollection;
  getRange(): XlRange;
}

export interface XlTableCollection {
  getItem(key: string): XlTable;
}

export interface XlTableScopedCollection extends XlLoadable<XlTableScopedCollection> {
  readonly items: XlTable[];
}

export interface XlTableColumnCollection {
  /** `index` null appends at the end (ExcelApi 1.4: "If null or -1, the addition happens at the end"). */
  add(index?: number | null, values?: undefined, name?: string): XlTableColumn;
  getItem(key: string): XlTableColumn;
}

export interface XlTableColumn {
  delete(): void;
}

export interface XlSettingCollection {
  // Setting values are JSON-serialisable; we store strings only.
  add(key: string, value: string): XlSetting;
  getItem(key: string): XlSetting;
  getItemOrNullObject(key: string): XlSetting;
}

export interface XlSetting extends XlLoadable<XlSetting>, XlNullable {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly value: any;
  delete(): void;
}

export interface XlChartCollection {
  add(type: 'ColumnClustered', sourceData: XlRange, seriesBy?: 'Columns'): XlChart;
}

export interface XlChart {
  name: string;
  readonly title: { text: string };
  readonly series: { getItemAt(index: number): { chartType: Excel.ChartSeries['chartType'] } };
  setPosition(startCell: string, endCell?: string): void;
}

/** Runs a batch like `Excel.run`. */
export type XlRun = <T>(batch: (context: XlContext) => Promise<T>) => Promise<T>;

// ---- compile-time proof that the real Office.js objects fit this subset ---------------------------
type Fits<Real, Subset> = Real extends Subset ? true : never;
/** @public Exported only so the compiler keeps checking it. */
export const OFFICE_JS_FITS: [
  Fits<Excel.RequestContext, XlContext>,
  Fits<Excel.Range, XlRange>,
  Fits<Excel.RangeAreas, XlRangeAreas>,
  Fits<Excel.Worksheet, XlWorksheet>,
  Fits<Excel.Table, XlTable>,
  Fits<Excel.Setting, XlSetting>,
  Fits<Excel.Chart, XlChart>,
] = [true, true, true, true, true, true, true];
