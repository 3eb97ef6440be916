/**
 * The peer: the same classification written as ordinary spreadsheet formulas — what an accountant
 * builds by hand — evaluated by HyperFormula, a real spreadsheet engine. Per client row:
 *   quantile score of revenue   =MIN(3,INT(4*COUNTIF(revenue,"<"&B2)/COUNT(revenue)))   (O(n) per row)
 *   payment-days score          =(G2<=60)+(G2<=30)+(G2<=14)
 *   weighted score              =SUMPRODUCT(H2:M2, weights)
 *   percent, class              =N2/(3*SUM(weights)), nested IF on the thresholds
 *   Pareto share above, class   =SUMIF(revenue,">"&B2)/SUM(revenue), nested IF on the cutoffs  (O(n) per row)
 * so the sheet as a whole is O(n²), like the real thing. Our engine does the same two
 * classifications (score method and Pareto method) and the classes must be identical.
 */
import { HyperFormula } from 'hyperformula';
import { performance } from 'node:perf_hooks';
import { classifyClients, readClientTable, type ClassificationRun } from '../src/engine';
import { median } from './stats';
import { benchModel, clientRows, COL, PARETO_CUTOFFS, SCORE_THRESHOLDS, WEIGHTS, type ClientRows } from './data';

export interface PeerResult {
  readonly rows: number;
  /** Our engine: score run + Pareto run (read + classify each), warm: median of several runs. */
  readonly oursMs: number;
  /** Our first (cold, unoptimized) run, for honesty about a single click in a fresh task pane. */
  readonly oursColdMs: number;
  /** HyperFormula: building the sheet and evaluating every formula once, the first time in the process (cold). */
  readonly formulasMs: number;
  /** HyperFormula again in the same process (warm JIT); null when the cold run took too long to repeat. */
  readonly formulasWarmMs: number | null;
  /** Cold against cold: formulasMs / oursColdMs (a first click against a first evaluation). */
  readonly ratio: number;
  /** Warm against warm: formulasWarmMs / oursMs. */
  readonly warmRatio: number | null;
  readonly sameClasses: boolean;
  /** Rows whose score class or Pareto class differ (0 when sameClasses). */
  readonly differences: number;
  /** HyperFormula: recalculation after the user edits one revenue cell (null above EDIT_MAX_ROWS). */
  readonly formulasEditMs: number | null;
  readonly formulaCells: number;
}

// HyperFormula's parser takes no exponent notation in formulas, so the 1e-9 tolerance is written out.
const EPS = '0.000000001';
const EDIT_MAX_ROWS = 5_000;
/** A formula sheet whose first evaluation took longer than this is not evaluated a second time. */
const WARM_REPEAT_MAX_MS = 20_000;

/** Formula text per data row r (1-based sheet row = r + 2, header on row 1). */
function formulaRow(row: readonly unknown[], sheetRow: number, last: number): (string | number)[] {
  const r = sheetRow;
  const revenue = `$B$2:$B$${last}`;
  return [
    ...(row as (string | number)[]),
    `=MIN(3,INT(4*COUNTIF(${revenue},"<"&B${r})/COUNT(${revenue})))`, // H: revenue quantile score
    `=C${r}`,
    `=D${r}`,
    `=E${r}`,
    `=F${r}`, // I..L: direct scores
    `=(G${r}<=Model!$D$2)+(G${r}<=Model!$E$2)+(G${r}<=Model!$F$2)`, // M: payment days, lower is better
    `=SUMPRODUCT(H${r}:M${r},Model!$A$1:$F$1)`, // N: weighted score
    `=N${r}/(3*SUM(Model!$A$1:$F$1))`, // O: percent
    `=IF(O${r}>=Model!$A$2-${EPS},"A",IF(O${r}>=Model!$B$2-${EPS},"B",IF(O${r}>=Model!$C$2-${EPS},"C","D")))`, // P: class
    `=SUMIF(${revenue},">"&B${r})/SUM(${revenue})`, // Q: share of revenue of bigger clients
    `=IF(B${r}<=0,"C",IF(Q${r}<Model!$A$3-${EPS},"A",IF(Q${r}<Model!$B$3-${EPS},"B","C")))`, // R: Pareto class
  ];
}

function buildSheets(data: ClientRows): Record<string, (string | number | null)[][]> {
  const last = data.rows.length + 1;
  const klanten: (string | number | null)[][] = [
    [
      ...(data.header as string[]),
      'Omzetscore',
      'Portfolio',
      'Netwerk',
      'Samenwerking',
      'Potentieel',
      'Betaalscore',
      'Klantscore',
      'Score %',
      'Klasse',
      'Groter aandeel',
      'Pareto',
    ],
  ];
  data.rows.forEach((row, i) => klanten.push(formulaRow(row, i + 2, last)));
  const w = WEIGHTS;
  const model = [
    [w.revenue, w.portfolio, w.network, w.cooperation, w.potential, w.payment],
    [...SCORE_THRESHOLDS, 60, 30, 14],
    [...PARETO_CUTOFFS],
  ];
  return { Klanten: klanten, Model: model };
}

function labelsOf(run: ClassificationRun): string[] {
  const labels = run.model.classification.labels;
  return Array.from(run.classIndex, (k) => (k >= 0 ? labels[k]! : ''));
}

function ours(data: ClientRows): { ms: number; coldMs: number; score: string[]; pareto: string[] } {
  const models = { score: benchModel('score'), pareto: benchModel('pareto') };
  const classify = (method: 'score' | 'pareto') => {
    const model = models[method];
    const reading = readClientTable(data.header, data.rows, model);
    if (!reading.ok) throw new Error(JSON.stringify(reading.error));
    return classifyClients(reading.table, model);
  };
  // The first run is cold (code not yet optimized by the JIT); report it, then warm up and take the
  // median, as for the engine section. HyperFormula warms up within its one long evaluation.
  const t0 = performance.now();
  const score = classify('score');
  const pareto = classify('pareto');
  const coldMs = performance.now() - t0;
  for (let i = 0; i < 5; i++) {
    classify('score');
    classify('pareto');
  }
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t1 = performance.now();
    classify('score');
    classify('pareto');
    times.push(performance.now() - t1);
  }
  return { ms: median(times), coldMs, score: labelsOf(score), pareto: labelsOf(pareto) };
}

export function measurePeer(rows: number): PeerResult {
  const data = clientRows(rows);
  const mine = ours(data);
  const sheets = buildSheets(data);
  const t0 = performance.now();
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
  const formulasMs = performance.now() - t0;
  let formulasWarmMs: number | null = null;
  if (formulasMs <= WARM_REPEAT_MAX_MS) {
    const t2 = performance.now();
    HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' }).destroy();
    formulasWarmMs = performance.now() - t2;
  }
  const sheet = hf.getSheetId('Klanten')!;
  const values = hf.getSheetValues(sheet);
  let differences = 0;
  for (let i = 0; i < rows; i++) {
    const row = values[i + 1]!;
    if (row[15] !== mine.score[i] || row[17] !== mine.pareto[i]) differences++;
  }
  // An accountant edits one revenue figure: every COUNTIF/SUMIF over the column recalculates.
  // Above EDIT_MAX_ROWS that costs about as much as the first evaluation again, so it is skipped.
  let formulasEditMs: number | null = null;
  if (rows <= EDIT_MAX_ROWS) {
    const t1 = performance.now();
    hf.setCellContents({ sheet, row: 1, col: COL.revenue }, [[Number(data.rows[0]![COL.revenue]) + 1]]);
    formulasEditMs = performance.now() - t1;
  }
  const formulaCells = rows * 11;
  hf.destroy();
  return {
    rows,
    oursMs: mine.ms,
    oursColdMs: mine.coldMs,
    formulasMs,
    formulasWarmMs,
    ratio: formulasMs / mine.coldMs,
    warmRatio: formulasWarmMs === null ? null : formulasWarmMs / mine.ms,
    sameClasses: differences === 0,
    differences,
    formulasEditMs,
    formulaCells,
  };
}
