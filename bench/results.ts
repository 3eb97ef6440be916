/**
 * The benchmark's output. The JSON shape is a contract for scripts that track these numbers over
 * time: the four arrays and their first fields stay; fields may be added, never renamed.
 * A measurement that could not be made is null with a `note` saying why (never a made-up number).
 */
import type { MethodName } from './data';
import type { Machine } from './machine';
import type { BundleRow } from './bundles';
import type { PeerResult } from './peer';

export interface EngineRow {
  readonly method: MethodName;
  readonly clients: number;
  /** Median of readMs + classifyMs over `reps` runs; null when the method is not available. */
  readonly ms: number | null;
  /** Peak heap of the first run: V8 heap (exact, from the GC trace) + typed-array buffers. */
  readonly heapMB: number | null;
  readonly readMs: number | null;
  readonly classifyMs: number | null;
  readonly minMs: number | null;
  readonly clientsPerSecond: number | null;
  /** The V8 part of heapMB, and the heap held before the run (input rows + runtime). */
  readonly heapV8MB: number | null;
  readonly arrayBuffersMB: number | null;
  readonly inputHeapMB: number | null;
  /** Peak resident memory of the whole measuring process (an upper bound of everything). */
  readonly rssMB: number | null;
  readonly reps: number;
  readonly classes: Record<string, number> | null;
  readonly note?: string;
}

export interface GrowthRow {
  readonly method: MethodName;
  readonly from: number;
  readonly to: number;
  /** t(to) / t(from); linear scaling gives to/from (10 for 100k → 1M). */
  readonly ratio: number | null;
}

export interface ExcelRow {
  readonly rows: number;
  /** classify() (the one-click run): sync() round trips, largest request (JSON bytes), largest single read. */
  readonly syncs: number | null;
  readonly maxRequestBytes: number | null;
  readonly maxCellsPerRead: number | null;
  readonly ms: number | null;
  /** false: the Excel adapter or its fake does not exist in this checkout. */
  readonly available: boolean;
  readonly maxResponseBytes?: number;
  /** detectTable() (opening the pane) before the click. */
  readonly detectSyncs?: number;
  readonly detectMs?: number;
  readonly classified?: number;
  readonly rssMB?: number;
  /** Skipped sizes: the linear estimate from the previous size. */
  readonly estimatedMs?: number;
  readonly note?: string;
}

/** `klantwaarde classify` end to end on an .xlsx file of `rows` clients, in its own process. */
export interface CliRow {
  readonly rows: number;
  /** Wall time of the run (read, classify, write the output file); null when it did not run. */
  readonly ms: number | null;
  /** CPU time of the CLI's process (user + system, including loading the code). */
  readonly cpuMs?: number;
  /** Peak resident memory of the CLI's process. */
  readonly rssMB: number | null;
  readonly fileMB?: number;
  /** The CLI's classes equal the engine's for the same clients and model. */
  readonly sameClassesAsEngine?: boolean;
  readonly classes?: Record<string, number>;
  readonly note?: string;
}

/** A peer measurement as recorded: the measurement itself, plus a note when something was skipped. */
export interface PeerRow extends PeerResult {
  readonly note?: string;
}

export interface FunctionRow {
  readonly name: string;
  readonly rows: number;
  readonly usPerCall: number | null;
  /** Calls timed (per-row ABCKLASSE: a spread sample, each call sees the whole column). */
  readonly calls: number | null;
  readonly available: boolean;
  /** per-row: one formula per client row; spill: one formula over the whole column. */
  readonly mode?: 'per-row' | 'spill';
  /** Every timed result equals the engine's classification of the same clients. */
  readonly matchesEngine?: boolean;
  /** per-row: the time for a whole column of such formulas (usPerCall × rows). */
  readonly projectedColumnMs?: number;
  readonly usPerRow?: number;
  readonly note?: string;
}

/** Table read + classify + explanation per client + portfolio insight (score method), cold and warm. */
export interface EndToEndRow {
  readonly clients: number;
  /** The first run in a fresh process (a first click). */
  readonly coldMs: number | null;
  /** Median of the later runs; the step times below are medians too. */
  readonly warmMs: number | null;
  readonly readMs: number | null;
  readonly classifyMs: number | null;
  readonly explainMs: number | null;
  readonly insightMs: number | null;
  readonly reps: number;
  readonly rssMB?: number;
  readonly note?: string;
}

export interface TargetRow {
  readonly target: string;
  readonly value: string;
  /** null: could not be measured in this run. */
  readonly met: boolean | null;
}

export interface BenchReport {
  readonly machine: Machine;
  readonly engine: EngineRow[];
  readonly growth: GrowthRow[];
  readonly excel: ExcelRow[];
  readonly peer: PeerRow[];
  readonly functions: FunctionRow[];
  /** `klantwaarde classify` on .xlsx files, end to end. */
  readonly cli: CliRow[];
  readonly targets: TargetRow[];
  readonly totalSeconds: number;
  /** 'quick' (the default: up to 100k rows, a few minutes) or 'full' (--full: 1M rows, every size). */
  readonly mode?: 'quick' | 'full' | 'custom';
  readonly endToEnd?: EndToEndRow[];
  /** Sizes of the built browser bundles and pages; empty (with bundlesNote) when dist/ has no build. */
  readonly bundles?: BundleRow[];
  readonly bundlesNote?: string;
}
