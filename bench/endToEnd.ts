/**
 * End to end, as one click does it minus the host (runs inside a benchmark child process): read the
 * table, classify, write an explanation for every client (the Toelichting column's text) and compute
 * the portfolio insight (concentration, ABC advice, profitability, client types, shifts). The first
 * run is reported cold (a fresh task pane: code not yet optimized), the later ones warm.
 */
import { performance } from 'node:perf_hooks';
import { classifyClients, portfolioInsight, readClientTable } from '../src/engine';
import { textsFor } from '../src/i18n/catalog';
import { explanationText } from '../src/i18n/explain';
import { benchModel, clientRows, type ClientRows } from './data';
import { median } from './stats';

export interface EndToEndChildResult {
  readonly clients: number;
  readonly coldMs: number;
  /** Medians of the warm runs, in total and per step. */
  readonly warmMs: number;
  readonly readMs: number;
  readonly classifyMs: number;
  readonly explainMs: number;
  readonly insightMs: number;
  readonly reps: number;
  readonly error?: string;
}

interface Steps {
  readonly readMs: number;
  readonly classifyMs: number;
  readonly explainMs: number;
  readonly insightMs: number;
}

function once(data: ClientRows): Steps {
  const model = benchModel('score');
  const texts = textsFor('nl');
  const t0 = performance.now();
  const reading = readClientTable(data.header, data.rows, model);
  if (!reading.ok) throw new Error(`readClientTable failed: ${JSON.stringify(reading.error)}`);
  const t1 = performance.now();
  const run = classifyClients(reading.table, model);
  const t2 = performance.now();
  let characters = 0;
  for (let i = 0; i < run.count; i++) characters += explanationText(texts, run, i).length;
  if (characters === 0) throw new Error('no explanation text was produced');
  const t3 = performance.now();
  portfolioInsight(run);
  const t4 = performance.now();
  return { readMs: t1 - t0, classifyMs: t2 - t1, explainMs: t3 - t2, insightMs: t4 - t3 };
}

const total = (s: Steps) => s.readMs + s.classifyMs + s.explainMs + s.insightMs;

export function measureEndToEnd(clients: number): EndToEndChildResult {
  const data = clientRows(clients);
  const cold = once(data);
  const reps = clients <= 20_000 ? 7 : clients <= 200_000 ? 3 : 1;
  const warm = Array.from({ length: reps }, () => once(data));
  const mid = (key: keyof Steps) => median(warm.map((s) => s[key]));
  return {
    clients,
    coldMs: total(cold),
    warmMs: median(warm.map(total)),
    readMs: mid('readMs'),
    classifyMs: mid('classifyMs'),
    explainMs: mid('explainMs'),
    insightMs: mid('insightMs'),
    reps,
  };
}
