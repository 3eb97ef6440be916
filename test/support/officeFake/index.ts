/**
 * TEST DOUBLE: a typed in-memory fake of the Office.js subset the Excel adapter uses (../api.ts),
 * backed by a MemoryWorkbook. For tests and the benchmark only; never bundled into the add-in.
 */
export { FakeExcel } from './context';
export type { InjectedFailure, SyncRecord } from './context';
export { FakeOfficeError } from './errors';
