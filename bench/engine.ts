/**
 * Engine measurement (runs inside a benchmark child process): readClientTable + classifyClients
 * for one method at one size, timed separately, with the heap phase marked for the parent.
 */
import { performance } from 'node:perf_hooks';
import { classifyClients, readClientTable, type ClassificationRun } from '../src/engine';
import { benchModel, clientRows, type ClientRows, type MethodName } from './data';
import { forceGc } from './gc';

export interface EngineChildResult {
  readonly method: MethodName;
  readonly clients: number;
  readonly readMs: number[];
  readonly classifyMs: number[];
  /** Ordinal of the forced collection that opens the heap phase (first measured run). */
  readonly heapPhaseStart: number;
  /** Typed-array backing stores alive at the end of the first run (outside the V8 heap). */
  readonly arrayBuffersMB: number;
  /** Clients per class label in the first run, plus unclassified. */
  readonly classCounts: Record<string, number>;
  readonly error?: string;
}

function once(data: ClientRows, method: MethodName): { readMs: number; classifyMs: number; run: ClassificationRun } {
  const model = benchModel(method);
  const t0 = performance.now();
  const reading = readClientTable(data.header, data.rows, model);
  const t1 = performance.now();
  if (!reading.ok) throw new Error(`readClientTable failed: ${JSON.stringify(reading.error)}`);
  const run = classifyClients(reading.table, model);
  const t2 = performance.now();
  return { readMs: t1 - t0, classifyMs: t2 - t1, run };
}

export function countClasses(run: ClassificationRun): Record<string, number> {
  const labels = run.model.classification.labels;
  const counts: Record<string, number> = { unclassified: 0 };
  for (const l of labels) counts[l] = 0;
  for (let i = 0; i < run.count; i++) {
    const k = run.classIndex[i]!;
    counts[k >= 0 ? labels[k]! : 'unclassified']!++;
  }
  return counts;
}

/** Repetitions per size: enough for a stable median, few enough to finish on 2 cores in minutes. */
export function repsFor(n: number): number {
  if (n <= 2_000) return 15;
  if (n <= 20_000) return 8;
  if (n <= 200_000) return 4;
  return 2;
}

export function measureEngine(method: MethodName, clients: number, reps = repsFor(clients)): EngineChildResult {
  // Warm the JIT on a small table so the timed runs measure optimized code, as in a running add-in.
  const warm = clientRows(2_000, 7);
  for (let i = 0; i < 5; i++) once(warm, method);
  const data = clientRows(clients);
  const readMs: number[] = [];
  const classifyMs: number[] = [];
  const heapPhaseStart = forceGc();
  let arrayBuffersMB = 0;
  let classCounts: Record<string, number> = {};
  for (let r = 0; r < reps; r++) {
    const result = once(data, method);
    readMs.push(result.readMs);
    classifyMs.push(result.classifyMs);
    if (r === 0) {
      arrayBuffersMB = process.memoryUsage().arrayBuffers / 2 ** 20;
      classCounts = countClasses(result.run);
    }
    forceGc(); // closes the heap phase after the first run; keeps later runs from paying for earlier garbage
  }
  return { method, clients, readMs, classifyMs, heapPhaseStart, arrayBuffersMB, classCounts };
}
