/**
 * Excel pipeline through the typed Office.js fake (src/workbook/excel/fake), which counts sync()
 * calls and request bytes. Runs inside a benchmark child process.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface ExcelChildResult {
  readonly rows: number;
  readonly syncs: number | null;
  readonly maxRequestBytes: number | null;
  readonly maxCellsPerRead: number | null;
  readonly ms: number | null;
  readonly error?: string;
  readonly [extra: string]: unknown;
}

const FAKE_DIR = path.join(__dirname, '..', 'src', 'workbook', 'excel', 'fake');

export async function measureExcel(rows: number): Promise<ExcelChildResult> {
  if (!existsSync(FAKE_DIR)) {
    return {
      rows, syncs: null, maxRequestBytes: null, maxCellsPerRead: null, ms: null,
      error: 'not available: the Excel adapter and its Office.js fake (src/workbook/excel/fake) do not exist yet',
    };
  }
  throw new Error('src/workbook/excel/fake exists but the benchmark harness for it is not written yet');
}
