export { MemoryWorkbook, dateSerial } from './workbook';
export type { MemoryTable, Rect } from './workbook';
export { MemorySheet } from './sheet';
export type { ChartRecord, Scalar } from './sheet';
export { MemoryPort } from './port';
export { inferColumnSeries } from './chartData';
