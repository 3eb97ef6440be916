/**
 * Worksheet functions (src/functions/functions.ts), called exactly as Excel calls them: range
 * arguments arrive as 2-D arrays, one call per formula. Two ways an accountant fills a column:
 *   per-row: one formula per client row, =KW.KLANTSCORE(C2:H2; gewichten), =KW.ABCKLASSE(B2; B$2:B$10001)
 *            (each ABCKLASSE call sees the whole column, so the column costs rows × one call);
 *   spill:   one formula for the whole column, =KW.ABCKLASSE(B2:B10001; B2:B10001).
 * Each result is checked against the engine's own classification of the same clients.
 * Runs inside a benchmark child process.
 */
import { performance } from 'node:perf_hooks';
import { classifyClients, readClientTable, type ClassificationRun } from '../src/engine';
import { benchModel, clientRows, COL, WEIGHTS, type ClientRows, type MethodName } from './data';
import type { FunctionRow } from './results';
import { median } from './stats';

export interface FunctionsChildResult {
  readonly functions: FunctionRow[];
  readonly error?: string;
}

type WorksheetFunction = (...args: unknown[]) => unknown[][];

/** ABCKLASSE per-row calls each classify the whole column; a sample of calls gives the time per call. */
const PER_ROW_SAMPLE = 300;
const NAMES = ['KLANTSCORE', 'ABCKLASSE'] as const;

function notAvailable(name: string, rows: number, why: string): FunctionRow {
  return { name, rows, usPerCall: null, calls: null, available: false, note: `n/a: ${why}` };
}

/**
 * Outside Excel there is no CustomFunctions runtime; the functions only touch it to build an error
 * value. A minimal stand-in makes such an error visible as a mismatch instead of a crash.
 */
function installRuntimeStandIn(): void {
  const g = globalThis as { CustomFunctions?: unknown };
  if (g.CustomFunctions) return;
  class ExcelError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  g.CustomFunctions = {
    Error: ExcelError,
    ErrorCode: {
      invalidValue: '#VALUE!',
      notAvailable: '#N/A',
      divisionByZero: '#DIV/0!',
      invalidNumber: '#NUM!',
      nullReference: '#NULL!',
      invalidName: '#NAME?',
      invalidReference: '#REF!',
    },
  };
}

function engineRun(data: ClientRows, method: MethodName): ClassificationRun {
  const model = benchModel(method);
  const reading = readClientTable(data.header, data.rows, model);
  if (!reading.ok) throw new Error(JSON.stringify(reading.error));
  return classifyClients(reading.table, model);
}

/** Times the calls `call(i)` after a short warm-up (the JIT's); returns µs per call. */
function timePerCall(indexes: readonly number[], call: (i: number) => void): number {
  for (const i of indexes.slice(0, 200)) call(i);
  const t0 = performance.now();
  for (const i of indexes) call(i);
  return ((performance.now() - t0) * 1000) / indexes.length;
}

function timeSpill(call: () => void): number {
  call();
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    call();
    times.push(performance.now() - t0);
  }
  return median(times) * 1000;
}

const spread = (rows: number, count: number): number[] =>
  Array.from({ length: Math.min(rows, count) }, (_, k) => Math.floor((k * rows) / Math.min(rows, count)));

export async function measureFunctions(rows: number): Promise<FunctionsChildResult> {
  let mod: Record<string, unknown>;
  try {
    installRuntimeStandIn();
    mod = (await import('../src/functions/functions')) as Record<string, unknown>;
  } catch (e) {
    const why = `src/functions/functions.ts does not load (${e instanceof Error ? e.message : String(e)})`;
    return { functions: NAMES.map((n) => notAvailable(n, rows, why)) };
  }
  const klantscore = mod.klantscore as WorksheetFunction | undefined;
  const abcklasse = mod.abcklasse as WorksheetFunction | undefined;
  const data = clientRows(rows);
  const scored = engineRun(data, 'score');
  const pareto = engineRun(data, 'pareto');
  const out: FunctionRow[] = [];

  if (!klantscore) out.push(notAvailable('KLANTSCORE', rows, 'functions.ts exports no klantscore'));
  else {
    // Each client's six criterion scores (0..3) as the row of cells the formula points at.
    const scoreRows = Array.from({ length: rows }, (_, i) => scored.criterionScores.map((c) => c[i]!));
    const weights = [[WEIGHTS.revenue, WEIGHTS.portfolio, WEIGHTS.network, WEIGHTS.cooperation, WEIGHTS.potential, WEIGHTS.payment]];
    let mismatches = 0;
    const all = Array.from({ length: rows }, (_, i) => i);
    const usPerCall = timePerCall(all, (i) => {
      if (klantscore([scoreRows[i]!], weights)[0]![0] !== scored.scores[i]) mismatches++;
    });
    out.push({
      name: 'KLANTSCORE',
      rows,
      usPerCall,
      calls: rows,
      available: true,
      mode: 'per-row',
      matchesEngine: mismatches === 0,
      projectedColumnMs: (usPerCall * rows) / 1000,
    });
    let spillMismatches = 0;
    const spillUs = timeSpill(() => {
      const result = klantscore(scoreRows, weights);
      spillMismatches = result.filter((r, i) => r[0] !== scored.scores[i]).length;
    });
    out.push({
      name: 'KLANTSCORE (spill)',
      rows,
      usPerCall: spillUs,
      calls: 1,
      available: true,
      mode: 'spill',
      usPerRow: spillUs / rows,
      matchesEngine: spillMismatches === 0,
    });
  }

  if (!abcklasse) out.push(notAvailable('ABCKLASSE', rows, 'functions.ts exports no abcklasse'));
  else {
    const labels = pareto.model.classification.labels;
    const expected = Array.from(pareto.classIndex, (k) => labels[k]);
    const column = data.rows.map((r) => [r[COL.revenue]]);
    let mismatches = 0;
    const sample = spread(rows, PER_ROW_SAMPLE);
    const usPerCall = timePerCall(sample, (i) => {
      if (abcklasse([column[i]!], column)[0]![0] !== expected[i]) mismatches++;
    });
    out.push({
      name: 'ABCKLASSE',
      rows,
      usPerCall,
      calls: sample.length,
      available: true,
      mode: 'per-row',
      matchesEngine: mismatches === 0,
      projectedColumnMs: (usPerCall * rows) / 1000,
    });
    let spillMismatches = 0;
    const spillUs = timeSpill(() => {
      const result = abcklasse(column, column);
      spillMismatches = result.filter((r, i) => r[0] !== expected[i]).length;
    });
    out.push({
      name: 'ABCKLASSE (spill)',
      rows,
      usPerCall: spillUs,
      calls: 1,
      available: true,
      mode: 'spill',
      usPerRow: spillUs / rows,
      matchesEngine: spillMismatches === 0,
    });
  }
  // Keep the documented order: per-row KLANTSCORE, ABCKLASSE first, spill variants after.
  const order = ['KLANTSCORE', 'ABCKLASSE', 'KLANTSCORE (spill)', 'ABCKLASSE (spill)'];
  return { functions: out.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name)) };
}
