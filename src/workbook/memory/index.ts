export { MemoryWorkbook, dateSerial } from './workbook';
export type { MemoryTable, MemorySelection, Rect } from './workbook';
export { MemorySheet } from './sheet';
export type { CellContent, ChartRecord, Scalar } from './sheet';
export { MemoryPort, locateInMemory } from './port';
export { inferColumnSeries } from './chartData';
