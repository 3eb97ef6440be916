import { cellAddress } from './address';
import { classifyByLimits, classifyByPareto, classifyByRank, classifyByScore, rankDescending, revenueShares } from './classify';
import { computeAbcLimits } from './abc';
import { findHeader } from './headers';
import { scoreCriterion } from './scoring';
import type { ClientTable } from './table';
import type { ClassRule, Message, RuleOp, ScoringModel } from './types';

/** Who decided a client's class. */
export const DECIDED_BY_METHOD = -1;
export const DECIDED_BY_OVERRIDE = -2;
export const UNCLASSIFIED = -3;

/**
 * The result of classifying a table, stored column-wise (typed arrays) so a million clients stay
 * fast and small. NaN marks "no value"; `client(i)` gives one client as a plain object with nulls.
 */
export interface ClassificationRun {
  readonly model: ScoringModel;
  readonly table: ClientTable;
  readonly count: number;
  /** Sum of weight × M. */
  readonly max: number;
  /** Per criterion (model order), per client: score 0..M or NaN. */
  readonly criterionScores: readonly Float64Array[];
  readonly scores: Float64Array;
  readonly percent: Float64Array;
  /** Class from the method alone, before rules and overrides. */
  readonly baseClass: Int16Array;
  /** Final class (-1 unclassified). */
  readonly classIndex: Int16Array;
  /** DECIDED_BY_* or the index of the rule that set the class. */
  readonly decidedBy: Int16Array;
  readonly rank: Int32Array;
  readonly revenue: Float64Array;
  readonly revenueShare: Float64Array;
  readonly cumulativeShare: Float64Array;
  readonly revenueTotal: number;
  /** The value the method classified on (score, or the Pareto/computed column). */
  readonly classKey: Float64Array;
  /** Lowest class key per class (for "what is needed to reach the next class"). */
  readonly classMinKey: readonly number[];
  /** Value limits when the method computed them (computed ABC). */
  readonly limits?: readonly number[];
  /** Per client: problems (blocking) and signals (informative). */
  readonly flags: ReadonlyMap<number, readonly ClientFlag[]>;
  readonly overrideReason: ReadonlyMap<number, string>;
}

export interface ClientFlag extends Message {
  /** true: the client could not be classified because of it. */
  readonly blocking: boolean;
}

function compare(a: number, op: RuleOp, b: number): boolean {
  switch (op) {
    case '<': return a < b;
    case '<=': return a <= b;
    case '>': return a > b;
    case '>=': return a >= b;
    case '=': return Math.abs(a - b) <= 1e-9;
  }
}

function ruleHolds(rule: ClassRule, i: number, run: { model: ScoringModel; table: ClientTable; criterionScores: readonly Float64Array[] }): boolean {
  const { when } = rule;
  if (when.criterion !== undefined) {
    const c = run.model.criteria.findIndex((x) => x.name === when.criterion);
    const s = run.criterionScores[c]?.[i] ?? NaN;
    return !Number.isNaN(s) && typeof when.value === 'number' && compare(s, when.op, when.value);
  }
  const col = findHeader(run.table.headers, when.column ?? '')[0];
  if (col === undefined) return false;
  if (typeof when.value === 'string') {
    const text = run.table.texts.get(col)?.[i] ?? '';
    return text.toLowerCase() === when.value.toLowerCase();
  }
  const v = run.table.numeric.get(col)?.values[i] ?? NaN;
  return !Number.isNaN(v) && compare(v, when.op, when.value);
}

/** Scores and classifies every client of a table with a model, deterministically and order-independently. */
export function classifyClients(table: ClientTable, model: ScoringModel): ClassificationRun {
  const n = table.names.length;
  const M = model.scaleMax;
  const flags = new Map<number, ClientFlag[]>();
  const flag = (i: number, f: ClientFlag) => {
    const list = flags.get(i);
    if (list) list.push(f);
    else flags.set(i, [f]);
  };
  const address = (i: number, col: number) => cellAddress(table.placement, table.dataRow[i]!, col);
  const blocked = new Uint8Array(n);
  /**
   * Flags the unusable cells of a column. A column the class depends on blocks the client (except a
   * missing value under the "zero" policy); the revenue column, used only for shares, just signals.
   */
  const reportProblems = (col: number, use: 'classify' | 'shares') => {
    const column = table.numeric.get(col);
    if (!column) return;
    for (const [i, p] of column.problems) {
      const params = { column: column.header, address: address(i, col), text: p.text ?? '' };
      if (use === 'shares') {
        const code = p.kind === 'missing' ? 'client.revenueMissing' : p.reason === 'percent' ? 'client.revenuePercent' : 'client.revenueInvalid';
        flag(i, { code, params, blocking: false });
        continue;
      }
      const blocking = p.kind === 'invalid' || model.missing !== 'zero';
      if (blocking) blocked[i] = 1;
      if (p.kind === 'missing') flag(i, { code: blocking ? 'client.missing' : 'client.missingAsZero', params, blocking });
      else flag(i, { code: `client.invalid.${p.reason ?? 'text'}`, params, blocking });
    }
  };

  // 1. Criterion scores and totals.
  const criterionScores = model.criteria.map((criterion, c) => {
    const col = table.mapping.criteria[c]!;
    reportProblems(col, 'classify');
    const result = scoreCriterion(table.numeric.get(col)!.values, criterion.scoring, M);
    for (const [i, v] of result.outOfRange) {
      blocked[i] = 1;
      flag(i, { code: 'client.outOfRange', params: { column: criterion.column, address: address(i, col), value: v, max: M }, blocking: true });
    }
    for (const i of result.fractional) {
      flag(i, { code: 'client.fractional', params: { column: criterion.column, address: address(i, col), value: result.scores[i]! }, blocking: false });
    }
    if (model.missing === 'zero') {
      const column = table.numeric.get(col)!;
      for (const [i, p] of column.problems) if (p.kind === 'missing') { result.scores[i] = 0; }
    }
    return result.scores;
  });
  const max = M * model.criteria.reduce((sum, c) => sum + c.weight, 0);
  const scores = new Float64Array(n);
  const percent = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (let c = 0; c < criterionScores.length; c++) total += model.criteria[c]!.weight * criterionScores[c]![i]!;
    const ok = model.criteria.length > 0 && !blocked[i] && !Number.isNaN(total);
    scores[i] = ok ? total : NaN;
    percent[i] = ok && max > 0 ? total / max : NaN;
  }

  // 2. Revenue.
  const revenueCol = table.mapping.revenue;
  const revenue = revenueCol >= 0 ? table.numeric.get(revenueCol)!.values : new Float64Array(n).fill(NaN);
  if (revenueCol >= 0 && !model.criteria.some((_, c) => table.mapping.criteria[c] === revenueCol) && table.mapping.classColumn !== revenueCol) {
    reportProblems(revenueCol, 'shares');
  }
  for (let i = 0; i < n; i++) {
    if (revenue[i]! < 0) flag(i, { code: 'client.negativeRevenue', params: { address: address(i, revenueCol), value: revenue[i]! }, blocking: false });
  }
  const shares = revenueShares(revenue);

  // 3. Classification key and method.
  const method = model.classification;
  let classKey: Float64Array = scores;
  let limits: number[] | undefined;
  if (method.method === 'pareto' || (method.method === 'computed' && table.mapping.classColumn >= 0)) {
    const col = table.mapping.classColumn;
    if (!model.criteria.some((_, c) => table.mapping.criteria[c] === col)) reportProblems(col, 'classify');
    const { values, problems } = table.numeric.get(col)!;
    classKey = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      // Under the "zero" policy a missing value counts as 0 here too, as its signal says.
      const missingAsZero = model.missing === 'zero' && problems.get(i)?.kind === 'missing';
      classKey[i] = blocked[i] ? NaN : missingAsZero ? 0 : values[i]!;
    }
  }
  let baseClass: Int16Array;
  switch (method.method) {
    case 'score': baseClass = classifyByScore(percent, method.thresholds); break;
    case 'rank': baseClass = classifyByRank(scores, method.shares); break;
    case 'pareto': baseClass = classifyByPareto(classKey, method.cutoffs); break;
    case 'computed': {
      limits = computeAbcLimits(classKey);
      baseClass = classifyByLimits(classKey, limits);
      break;
    }
  }
  const classMinKey = method.labels.map(() => Infinity);
  for (let i = 0; i < n; i++) {
    const k = baseClass[i]!;
    if (k >= 0 && classKey[i]! < classMinKey[k]!) classMinKey[k] = classKey[i]!;
  }

  // 4. Rules (in order; a cap moves a class down, a floor moves it up) and overrides (win over everything).
  const classIndex = Int16Array.from(baseClass);
  const decidedBy = new Int16Array(n).fill(DECIDED_BY_METHOD);
  const labelIndex = (label: string) => method.labels.findIndex((l) => l.toLowerCase() === label.toLowerCase());
  const context = { model, table, criterionScores };
  for (let i = 0; i < n; i++) {
    if (classIndex[i]! < 0) { decidedBy[i] = UNCLASSIFIED; continue; }
    model.rules.forEach((rule, r) => {
      if (!ruleHolds(rule, i, context)) return;
      const current = classIndex[i]!;
      const next = rule.atMost !== undefined ? Math.max(current, labelIndex(rule.atMost)) : Math.min(current, labelIndex(rule.atLeast!));
      if (next !== current) { classIndex[i] = next; decidedBy[i] = r; }
    });
  }
  const overrideReason = new Map<number, string>();
  const overrideTexts = table.mapping.override >= 0 ? table.texts.get(table.mapping.override) : undefined;
  const reasonTexts = table.mapping.reason >= 0 ? table.texts.get(table.mapping.reason) : undefined;
  if (overrideTexts) {
    for (let i = 0; i < n; i++) {
      const text = overrideTexts[i]!;
      if (!text) continue;
      const k = labelIndex(text);
      if (k < 0) {
        flag(i, { code: 'client.overrideUnknown', params: { value: text, labels: method.labels.join(', '), address: address(i, table.mapping.override) }, blocking: false });
        continue;
      }
      classIndex[i] = k;
      decidedBy[i] = DECIDED_BY_OVERRIDE;
      const reason = reasonTexts?.[i] ?? '';
      overrideReason.set(i, reason);
      flag(i, { code: reason ? 'client.overrideWithReason' : 'client.override', params: { label: method.labels[k]!, reason }, blocking: false });
    }
  }

  const rankKey = model.criteria.length > 0 ? scores : classKey;
  return {
    model, table, count: n, max, criterionScores, scores, percent, baseClass, classIndex, decidedBy,
    rank: rankDescending(rankKey), revenue, revenueShare: shares.share, cumulativeShare: shares.cumulative,
    revenueTotal: shares.total, classKey, classMinKey, ...(limits ? { limits } : {}), flags, overrideReason,
  };
}
