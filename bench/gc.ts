/**
 * Peak heap, measured honestly. Each measurement runs in its own Node process started with
 * --expose-gc --trace-gc. Between two collections the V8 heap only grows, so the largest
 * "before" size that V8 prints for any collection inside the measured phase IS the phase's peak
 * heap (not a sample that could miss a spike). The phase is delimited by two forced collections
 * (`gc()`, printed by V8 as "testing"); the child reports which forced collection opened it.
 * Typed-array backing stores live outside the V8 heap; the child adds them separately.
 */

let forced = 0;

/** Forces a full collection and returns its ordinal (0-based) among the forced ones. */
export function forceGc(): number {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run the benchmark child with --expose-gc');
  collect();
  return forced++;
}

export interface GcEvent {
  readonly forced: boolean;
  readonly beforeMB: number;
  readonly afterMB: number;
}

const TRACE = /ms: [A-Za-z() -]+? ([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB/;

export function parseGcTrace(text: string): GcEvent[] {
  const events: GcEvent[] = [];
  for (const line of text.split('\n')) {
    const m = TRACE.exec(line);
    if (m) events.push({ forced: line.includes('testing'), beforeMB: Number(m[1]), afterMB: Number(m[3]) });
  }
  return events;
}

export interface PhaseHeap {
  /** Heap right after the opening forced collection: the input table plus the runtime. */
  readonly baselineMB: number;
  /** Largest heap in use at any moment of the phase. */
  readonly peakMB: number;
  readonly collections: number;
}

/** The heap of the phase between forced collection number `start` and the next forced one. */
export function phaseHeap(events: readonly GcEvent[], start: number): PhaseHeap | undefined {
  let seen = -1;
  let baselineMB = NaN;
  let peakMB = 0;
  let collections = 0;
  for (const e of events) {
    if (e.forced) seen++;
    if (seen < start) continue;
    if (seen === start && e.forced) {
      baselineMB = e.afterMB;
      peakMB = e.afterMB;
      continue;
    }
    peakMB = Math.max(peakMB, e.beforeMB);
    if (e.forced) return { baselineMB, peakMB, collections };
    collections++;
  }
  return undefined;
}
