/**
 * Worksheet functions (src/functions/functions.ts): time per call of KLANTSCORE and ABCKLASSE
 * over a column of client rows, as Excel would call them (one call per formula cell).
 * Runs inside a benchmark child process.
 */
import type { FunctionRow } from './results';

export interface FunctionsChildResult {
  readonly functions: FunctionRow[];
  readonly error?: string;
}

const NAMES = ['KLANTSCORE', 'ABCKLASSE'] as const;

function notAvailable(name: string, rows: number, why: string): FunctionRow {
  return { name, rows, usPerCall: null, calls: null, available: false, note: `n/a: ${why}` };
}

export async function measureFunctions(rows: number): Promise<FunctionsChildResult> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import('../src/functions/functions')) as Record<string, unknown>;
  } catch (e) {
    const why = `src/functions/functions.ts does not load (${e instanceof Error ? e.message : String(e)})`;
    return { functions: NAMES.map((n) => notAvailable(n, rows, why)) };
  }
  void mod;
  return { functions: NAMES.map((n) => notAvailable(n, rows, 'harness pending')) };
}
