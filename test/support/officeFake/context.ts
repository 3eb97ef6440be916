import type { XlContext, XlRun } from '../../../src/workbook/excel/api';
import { EXCEL_LIMITS, jsonBytes } from '../../../src/workbook/excel/payload';
import { FakeOfficeError } from './errors';
import type { MemorySheet, MemoryTable, MemoryWorkbook } from '../../../src/workbook/memory';
import type { Source } from './base';
import { FakeWorksheet } from './sheets';
import { FakeTableScopedCollection } from './tables';
import { FakeApplication, FakeWorkbookObject } from './workbook';

/** One context.sync() round trip as the fake saw it. */
export interface SyncRecord {
  /** JSON bytes of the queued operations' payloads (method names, arguments, values written). */
  readonly requestBytes: number;
  /** JSON bytes of everything loaded. */
  responseBytes: number;
  /** Largest number of cells loaded by one load of one range. */
  maxCellsPerRead: number;
  readonly operations: number;
  /** Operations that change the workbook. */
  readonly writes: number;
  suspendedCalculation: boolean;
  suspendedScreenUpdating: boolean;
}

export interface FakeLimits {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly cellsPerRead: number;
}

export type OperationKind = 'read' | 'write';

interface QueuedOperation {
  readonly request: unknown;
  readonly run: () => void;
  readonly kind: OperationKind;
}

/**
 * TEST DOUBLE of Excel's host for the Office.js subset in ../api.ts, backed by a MemoryWorkbook.
 * Like Excel: operations are queued and applied in order at sync(); loaded properties are readable only
 * after load() + sync() (PropertyNotLoaded otherwise); a failing operation stops the batch (earlier
 * ones stay applied); a request over 5 MB is refused whole; a response over 5 MB or a load of more
 * than 5 million cells fails. It logs every sync so tests and the benchmark can count round trips
 * and bytes.
 */
/** A fault to inject: the n-th sync from now (1-based) is refused whole, or the n-th write operation fails. */
export type InjectedFailure = { readonly sync: number } | { readonly writeOperation: number };

export class FakeExcel {
  readonly syncLog: SyncRecord[] = [];
  private failure: { plan: InjectedFailure; syncs: number; writes: number } | undefined;

  constructor(
    readonly workbook: MemoryWorkbook,
    readonly limits: FakeLimits = EXCEL_LIMITS,
  ) {}

  /** Like Excel.run: runs the batch with a fresh context, then syncs anything still queued. */
  readonly run: XlRun = async (batch) => {
    const context = new FakeContext(this);
    const result = await batch(context);
    if (context.pending > 0) await context.sync();
    return result;
  };

  get syncCount(): number {
    return this.syncLog.length;
  }

  /**
   * Fault injection for tests: makes one later request fail. A failed sync applies nothing; a failed
   * write operation stops its batch, the operations before it stay applied (as in Excel).
   */
  failAt(plan: InjectedFailure | undefined): void {
    this.failure = plan ? { plan, syncs: 0, writes: 0 } : undefined;
  }

  /** Called by the context: true when this sync or write operation is the one to fail. */
  injected(kind: 'sync' | 'write'): boolean {
    const f = this.failure;
    if (!f) return false;
    if (kind === 'sync') return 'sync' in f.plan && ++f.syncs === f.plan.sync;
    return 'writeOperation' in f.plan && ++f.writes === f.plan.writeOperation;
  }

  resetLog(): void {
    this.syncLog.length = 0;
  }

  /** Totals over the logged syncs. */
  summary(): { syncs: number; maxRequestBytes: number; maxResponseBytes: number; maxCellsPerRead: number } {
    return {
      syncs: this.syncLog.length,
      maxRequestBytes: Math.max(0, ...this.syncLog.map((s) => s.requestBytes)),
      maxResponseBytes: Math.max(0, ...this.syncLog.map((s) => s.responseBytes)),
      maxCellsPerRead: Math.max(0, ...this.syncLog.map((s) => s.maxCellsPerRead)),
    };
  }
}

export class FakeContext implements XlContext {
  readonly workbook: FakeWorkbookObject;
  readonly application: FakeApplication;
  private queue: QueuedOperation[] = [];
  private current: SyncRecord | undefined;
  private commits: (() => void)[] = [];

  constructor(readonly host: FakeExcel) {
    this.workbook = new FakeWorkbookObject(this);
    this.application = new FakeApplication(this);
  }

  /** Made here so range.ts need not import sheets.ts and tables.ts, which import range.ts (no module cycle). */
  worksheetProxy(source: Source<MemorySheet>): FakeWorksheet {
    return new FakeWorksheet(this, source);
  }

  tablesProxy(source: Source<MemoryTable[]>): FakeTableScopedCollection {
    return new FakeTableScopedCollection(this, source);
  }

  get pending(): number {
    return this.queue.length;
  }

  get memory(): MemoryWorkbook {
    return this.host.workbook;
  }

  enqueue(request: unknown, run: () => void, kind: OperationKind = 'read'): void {
    this.queue.push({ request, run, kind });
  }

  /** Called while syncing: the record of the round trip in progress. */
  get record(): SyncRecord {
    if (!this.current) throw new FakeOfficeError('InvalidRequestContext', 'No sync is in progress.');
    return this.current;
  }

  /** A load's result: counted now, visible to the add-in only if the whole sync succeeds. */
  respond(data: unknown, cells: number, commit: () => void): void {
    const record = this.record;
    if (cells > this.host.limits.cellsPerRead) {
      throw new FakeOfficeError(
        'RangeExceedsLimit',
        `The range has ${cells} cells; reading more than ${this.host.limits.cellsPerRead} at once is not supported.`,
      );
    }
    record.maxCellsPerRead = Math.max(record.maxCellsPerRead, cells);
    record.responseBytes += jsonBytes(data);
    this.commits.push(commit);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.commits = [];
    let requestBytes = 0;
    for (const op of ops) requestBytes += jsonBytes(op.request);
    const record: SyncRecord = {
      requestBytes,
      responseBytes: 0,
      maxCellsPerRead: 0,
      operations: ops.length,
      writes: ops.filter((o) => o.kind === 'write').length,
      suspendedCalculation: false,
      suspendedScreenUpdating: false,
    };
    this.host.syncLog.push(record);
    this.current = record;
    try {
      if (this.host.injected('sync')) throw new FakeOfficeError('GeneralException', 'Injected failure: this request was refused.');
      if (requestBytes > this.host.limits.requestBytes) {
        throw new FakeOfficeError(
          'RequestPayloadSizeLimitExceeded',
          `The request payload size (${requestBytes} bytes) has exceeded the limit.`,
        );
      }
      for (const op of ops) {
        if (op.kind === 'write' && this.host.injected('write'))
          throw new FakeOfficeError('GeneralException', 'Injected failure: this operation failed.');
        op.run();
      }
      if (record.responseBytes > this.host.limits.responseBytes) {
        throw new FakeOfficeError(
          'ResponsePayloadSizeLimitExceeded',
          `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`,
        );
      }
      for (const commit of this.commits) commit();
    } finally {
      this.current = undefined;
      this.commits = [];
    }
    // A real sync is a round trip: the add-in's code resumes asynchronously.
    await Promise.resolve();
  }
}
