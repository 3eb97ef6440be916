/**
 * Small fixture builders for the engine tests: a client table from plain row objects, a model from
 * the fields that matter to the test, and a one-call run. They only shape input; every expectation
 * in the tests is computed by hand from the rules in docs/architecture.md.
 */
import {
  allClients,
  classifyTable,
  validateModel,
  type CellValue,
  type ClassificationRun,
  type ClientResult,
  type Message,
  type ReadOptions,
  type ScoringModel,
} from '../../src/engine';

export type Row = Readonly<Record<string, CellValue>>;

export interface TableInput {
  readonly header: CellValue[];
  readonly rows: CellValue[][];
}

/** Header = every key in order of first appearance; a key a row lacks becomes an empty cell. */
export function clientTable(rows: readonly Row[], header?: readonly string[]): TableInput {
  const keys = header ? [...header] : [];
  if (!header) for (const row of rows) for (const k of Object.keys(row)) if (!keys.includes(k)) keys.push(k);
  return { header: keys, rows: rows.map((row) => keys.map((k) => (k in row ? row[k] : null))) };
}

/** The seed's four criteria (lancelots): Omzet 5, Portfolio 2, Netwerk 3, Samenwerking 1, all direct scores. */
export const SEED_CRITERIA = [
  { name: 'Omzet', weight: 5 },
  { name: 'Portfolio', weight: 2 },
  { name: 'Netwerk', weight: 3 },
  { name: 'Samenwerking', weight: 1 },
] as const;

/** A validated model: `version: 1` plus the given fields; fails the test loudly when invalid. */
export function model(fields: Record<string, unknown>): ScoringModel {
  const v = validateModel({ version: 1, ...fields });
  if (!v.ok) throw new Error(`test model is invalid: ${JSON.stringify(v.errors)}`);
  return v.model;
}

/** A model with one direct criterion "Score" (weight 1) and the given classification. */
export function oneCriterion(classification: Record<string, unknown>, extra: Record<string, unknown> = {}): ScoringModel {
  return model({ criteria: [{ name: 'Score', weight: 1 }], classification, ...extra });
}

export interface Classified {
  readonly run: ClassificationRun;
  readonly warnings: readonly Message[];
  readonly clients: ClientResult[];
  /** Client result by client name. */
  byName(name: string): ClientResult;
}

export function classify(rows: readonly Row[], m: ScoringModel, options: ReadOptions = {}, header?: readonly string[]): Classified {
  const t = clientTable(rows, header);
  const result = classifyTable(t.header, t.rows, m, options);
  if (!result.ok) throw new Error(`classification failed: ${JSON.stringify(result.error)}`);
  const clients = allClients(result.run);
  return {
    run: result.run,
    warnings: result.warnings,
    clients,
    byName(name: string) {
      const c = clients.find((x) => x.name === name);
      if (!c) throw new Error(`no client named ${name}`);
      return c;
    },
  };
}

/** name → class label (null = unclassified). */
export function labels(c: Classified): Record<string, string | null> {
  return Object.fromEntries(c.clients.map((x) => [x.name, x.label]));
}

/** Rows with one "Score" value each, named c1, c2, … */
export function scoreRows(scores: readonly CellValue[]): Row[] {
  return scores.map((s, i) => ({ Klant: `c${i + 1}`, Score: s }));
}

/** Rows with one "Omzet" value each, named c1, c2, … */
export function revenueRows(revenue: readonly CellValue[]): Row[] {
  return revenue.map((r, i) => ({ Klant: `c${i + 1}`, Omzet: r }));
}

export function flagCodes(client: ClientResult): string[] {
  return client.flags.map((f) => f.code);
}

/** The message a table is refused with (the test fails when the table is accepted). */
export function classifyError(rows: readonly Row[], m: ScoringModel, options: ReadOptions = {}, header?: readonly string[]): Message {
  const t = clientTable(rows, header);
  const result = classifyTable(t.header, t.rows, m, options);
  if (result.ok) throw new Error('expected the table to be refused');
  return result.error;
}
