/** Runs each benchmark section in child processes (one per size, sequentially: 2 cores). */
import { METHODS, type MethodName } from './data';
import type { EndToEndChildResult } from './endToEnd';
import type { EngineChildResult } from './engine';
import type { ExcelChildResult } from './excel';
import type { FunctionsChildResult } from './functions';
import { phaseHeap } from './gc';
import type { PeerResult } from './peer';
import type { CliChildResult, CliInputResult } from './cli';
import { removeCliInput } from './cli';
import type { CliRow, EndToEndRow, EngineRow, ExcelRow, FunctionRow, GrowthRow, PeerRow } from './results';
import { runChild } from './spawn';
import { median, round } from './stats';

export type Progress = (line: string) => void;

export async function engineSection(
  sizes: readonly number[],
  progress: Progress,
  methods: readonly MethodName[] = METHODS,
): Promise<EngineRow[]> {
  const rows: EngineRow[] = [];
  for (const method of methods) {
    for (const clients of sizes) {
      progress(`engine: ${method} × ${clients.toLocaleString('en')} clients …`);
      const { result, gc } = await runChild<EngineChildResult>({ kind: 'engine', method, clients });
      if (result.error) {
        rows.push({
          method,
          clients,
          ms: null,
          heapMB: null,
          readMs: null,
          classifyMs: null,
          minMs: null,
          clientsPerSecond: null,
          heapV8MB: null,
          arrayBuffersMB: null,
          inputHeapMB: null,
          rssMB: null,
          reps: 0,
          classes: null,
          note: `n/a: ${result.error}`,
        });
        continue;
      }
      const totals = result.readMs.map((r, i) => r + result.classifyMs[i]!);
      const ms = median(totals);
      const heap = phaseHeap(gc, result.heapPhaseStart);
      rows.push({
        method,
        clients,
        ms: round(ms),
        heapMB: heap ? round(heap.peakMB + result.arrayBuffersMB, 1) : null,
        readMs: round(median(result.readMs)),
        classifyMs: round(median(result.classifyMs)),
        minMs: round(Math.min(...totals)),
        clientsPerSecond: Math.round(clients / (ms / 1000)),
        heapV8MB: heap ? round(heap.peakMB, 1) : null,
        arrayBuffersMB: round(result.arrayBuffersMB, 1),
        inputHeapMB: heap ? round(heap.baselineMB, 1) : null,
        rssMB: round(result.maxRssMB, 1),
        reps: totals.length,
        classes: result.classCounts,
        ...(heap ? {} : { note: 'GC trace did not delimit the heap phase' }),
      });
    }
  }
  return rows;
}

export function growth(rows: readonly EngineRow[], from: number, to: number): GrowthRow[] {
  const methods = [...new Set(rows.map((r) => r.method))];
  return methods.flatMap((method) => {
    const a = rows.find((r) => r.method === method && r.clients === from)?.ms;
    const b = rows.find((r) => r.method === method && r.clients === to)?.ms;
    if (a === undefined || b === undefined) return [];
    return [{ method, from, to, ratio: a !== null && b !== null ? round(b / a) : null }];
  });
}

/** Formula sheets are O(n²): after the listed sizes, double while the estimate stays under the budget. */
export async function peerSection(sizes: readonly number[], extend: boolean, budgetMs: number, progress: Progress): Promise<PeerRow[]> {
  const rows: PeerRow[] = [];
  const queue = [...sizes];
  while (queue.length > 0) {
    const n = queue.shift()!;
    progress(`peer: HyperFormula formulas × ${n.toLocaleString('en')} rows (O(n²), the slow part) …`);
    const { result } = await runChild<PeerResult>({ kind: 'peer', rows: n });
    if (result.error) throw new Error(`peer benchmark failed at ${n} rows: ${result.error}`);
    const { maxRssMB: _rss, ...row } = result;
    rows.push({
      ...row,
      oursMs: round(row.oursMs),
      oursColdMs: round(row.oursColdMs),
      formulasMs: round(row.formulasMs, 0),
      ratio: round(row.ratio, 0),
      formulasWarmMs: row.formulasWarmMs === null ? null : round(row.formulasWarmMs, 0),
      warmRatio: row.warmRatio === null ? null : round(row.warmRatio, 0),
      ...(row.formulasWarmMs === null ? { note: 'formulas not repeated warm: the cold evaluation took over 20 s' } : {}),
      formulasEditMs: row.formulasEditMs === null ? null : round(row.formulasEditMs, 0),
    });
    if (extend && queue.length === 0 && result.formulasMs * 4 <= budgetMs) queue.push(n * 2);
  }
  return rows;
}

/**
 * The workbook written through the fake holds the table, eight result columns and their texts;
 * a million rows need more than Node's default heap limit.
 */
const EXCEL_HEAP_FLAGS = ['--max-old-space-size=12288'];

/**
 * Excel pipeline per size. A size whose time, extrapolated linearly from the previous size, would
 * exceed `budgetMs` is skipped with the estimate (unless `full`), so the default run stays minutes.
 */
export async function excelSection(sizes: readonly number[], full: boolean, budgetMs: number, progress: Progress): Promise<ExcelRow[]> {
  const rows: ExcelRow[] = [];
  let previous: { rows: number; ms: number } | undefined;
  for (const n of sizes) {
    const estimateMs = previous ? (previous.ms * n) / previous.rows : 0;
    if (!full && estimateMs > budgetMs) {
      const note = `skipped: estimated ${Math.round(estimateMs / 60_000)} min from the ${previous!.rows.toLocaleString('en')}-row run; measure with --full (see BENCHMARKS.md)`;
      progress(`excel: ${n.toLocaleString('en')} rows ${note}`);
      rows.push({
        rows: n,
        syncs: null,
        maxRequestBytes: null,
        maxCellsPerRead: null,
        ms: null,
        available: true,
        estimatedMs: Math.round(estimateMs),
        note,
      });
      continue;
    }
    progress(`excel: pipeline through the Office.js fake × ${n.toLocaleString('en')} rows …`);
    const { result } = await runChild<ExcelChildResult>({ kind: 'excel', rows: n }, EXCEL_HEAP_FLAGS);
    const { maxRssMB, error, ...row } = result;
    if (error) {
      rows.push({
        rows: n,
        syncs: null,
        maxRequestBytes: null,
        maxCellsPerRead: null,
        ms: null,
        available: !error.startsWith('not available'),
        note: error,
      });
      continue;
    }
    rows.push({
      ...row,
      rows: n,
      available: true,
      ms: row.ms === null ? null : round(row.ms, 0),
      ...(row.detectMs !== undefined ? { detectMs: round(row.detectMs, 0) } : {}),
      rssMB: round(maxRssMB, 0),
    });
    if (row.ms !== null) previous = { rows: n, ms: row.ms };
  }
  return rows;
}

export async function functionsSection(rows: number, progress: Progress): Promise<FunctionRow[]> {
  progress(`functions: KLANTSCORE and ABCKLASSE over a ${rows.toLocaleString('en')}-row column …`);
  const { result } = await runChild<FunctionsChildResult>({ kind: 'functions', rows });
  if (result.error || !result.functions) {
    const note = `n/a: ${result.error ?? 'no result'}`;
    return ['KLANTSCORE', 'ABCKLASSE'].map((name) => ({ name, rows, usPerCall: null, calls: null, available: false, note }));
  }
  return result.functions.map((f) => ({
    ...f,
    usPerCall: f.usPerCall === null ? null : round(f.usPerCall, 1),
    ...(f.projectedColumnMs !== undefined ? { projectedColumnMs: round(f.projectedColumnMs, 0) } : {}),
    ...(f.usPerRow !== undefined ? { usPerRow: round(f.usPerRow, 2) } : {}),
  }));
}

/** CLI sizes above this are run only with --full (1,048,575 rows takes about a minute to make and classify). */
export async function cliSection(sizes: readonly number[], progress: Progress): Promise<CliRow[]> {
  const rows: CliRow[] = [];
  for (const n of sizes) {
    progress(`cli: writing a ${n.toLocaleString('en')}-row .xlsx …`);
    const input = await runChild<CliInputResult>({ kind: 'cliInput', rows: n });
    if (input.result.error) {
      rows.push({ rows: n, ms: null, rssMB: null, note: `n/a: ${input.result.error}` });
      continue;
    }
    try {
      progress(`cli: klantwaarde classify × ${n.toLocaleString('en')} rows …`);
      const { result } = await runChild<CliChildResult>({ kind: 'cli', file: input.result.file, model: input.result.model });
      if (result.error || result.exitCode !== 0) {
        rows.push({ rows: n, ms: null, rssMB: round(result.maxRssMB, 0), note: `n/a: ${result.error ?? `exit code ${result.exitCode}`}` });
        continue;
      }
      const same = JSON.stringify(sortKeys(result.classes)) === JSON.stringify(sortKeys(input.result.engineClasses));
      rows.push({
        rows: n,
        ms: round(result.ms, 0),
        cpuMs: round(result.cpuMs, 0),
        rssMB: round(result.maxRssMB, 0),
        fileMB: round(input.result.fileBytes / 2 ** 20, 1),
        sameClassesAsEngine: same,
        classes: result.classes,
      });
    } finally {
      removeCliInput(input.result.dir);
    }
  }
  return rows;
}

const sortKeys = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

/** Table read + classify + an explanation per client + portfolio insight, cold and warm, per size. */
export async function endToEndSection(sizes: readonly number[], progress: Progress): Promise<EndToEndRow[]> {
  const rows: EndToEndRow[] = [];
  for (const clients of sizes) {
    progress(`end to end: read + classify + explanations + insight × ${clients.toLocaleString('en')} clients …`);
    const { result } = await runChild<EndToEndChildResult>({ kind: 'endToEnd', clients });
    if (result.error) {
      rows.push({
        clients,
        coldMs: null,
        warmMs: null,
        readMs: null,
        classifyMs: null,
        explainMs: null,
        insightMs: null,
        reps: 0,
        note: `n/a: ${result.error}`,
      });
      continue;
    }
    rows.push({
      clients,
      coldMs: round(result.coldMs),
      warmMs: round(result.warmMs),
      readMs: round(result.readMs),
      classifyMs: round(result.classifyMs),
      explainMs: round(result.explainMs),
      insightMs: round(result.insightMs),
      reps: result.reps,
      rssMB: round(result.maxRssMB, 1),
    });
  }
  return rows;
}
