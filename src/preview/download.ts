import type { CellValue } from '../engine';
import type { CellRange } from '../workbook/cells';
import type {
  LocateOptions,
  Progress,
  SettingsState,
  TableContent,
  TableReadRequest,
  WorkbookPort,
  WorkbookState,
  WritePlan,
} from '../workbook/port';
import { XlsxPackage, XlsxPort } from '../workbook/xlsx';

/**
 * A port that passes everything to the preview's in-memory workbook and keeps every write plan
 * that succeeded, in order. Replaying them on the opened file's package gives the classified
 * workbook to download: the same patch the command line makes, so the user's file keeps every
 * part, name and format it had.
 */
export class RecordingPort implements WorkbookPort {
  readonly plans: WritePlan[] = [];

  constructor(private readonly inner: WorkbookPort) {}

  locateTable(options?: LocateOptions): Promise<WorkbookState> {
    return this.inner.locateTable(options);
  }
  readSettings(): Promise<SettingsState> {
    return this.inner.readSettings();
  }
  readTable(request: TableReadRequest, onProgress?: Progress): Promise<TableContent> {
    return this.inner.readTable(request, onProgress);
  }
  readCells(ranges: readonly CellRange[]): Promise<CellValue[][][]> {
    return this.inner.readCells(ranges);
  }

  async write(plan: WritePlan, onProgress?: Progress): Promise<void> {
    await this.inner.write(plan, onProgress);
    this.plans.push(plan);
  }
}

/** The opened .xlsx with the recorded plans applied (by patching its package). */
export async function classifiedWorkbook(original: Uint8Array, plans: readonly WritePlan[]): Promise<Uint8Array> {
  const pkg = new XlsxPackage(original);
  const first = pkg.sheets().find((s) => s.part);
  if (!first) throw new Error('the workbook has no worksheet');
  const port = new XlsxPort(pkg, first.name);
  for (const plan of plans) await port.write(plan);
  return port.save();
}

/** "klanten.xlsx" → "klanten.klantwaarde.xlsx", as the command line names its output. */
export function downloadName(name: string): string {
  return `${name.replace(/\.xlsx$/i, '')}.klantwaarde.xlsx`;
}
