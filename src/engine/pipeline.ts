import type { ReadOptions } from './table';
import { readClientTable } from './table';
import { classifyClients, type ClassificationRun } from './run';
import type { CellValue, Message, ScoringModel } from './types';

export type TableClassification =
  | { readonly ok: true; readonly run: ClassificationRun; readonly warnings: readonly Message[] }
  | { readonly ok: false; readonly error: Message };

/** Reads a header row plus rows and classifies them: the one call every adapter makes. */
export function classifyTable(
  header: readonly CellValue[],
  rows: readonly (readonly CellValue[])[],
  model: ScoringModel,
  options: ReadOptions = {},
): TableClassification {
  const reading = readClientTable(header, rows, model, options);
  if (!reading.ok) return reading;
  const run = classifyClients(reading.table, model);
  return { ok: true, run, warnings: reading.table.warnings };
}
