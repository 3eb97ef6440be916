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
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '=':
      return Math.abs(a - b) <= 1e-9;
  }
}

function ruleHolds(
  rule: ClassRule,
  i: number,
  run: { model: ScoringModel; table: ClientTable; criterionScores: readonly Float64Array[] },
): boolean {
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

/** The per-client problems and signals found while classifying, and which clients they keep unclassified. */
interface Findings {
  readonly flags: Map<number, ClientFlag[]>;
  /** 1 where a problem keeps the client from being scored or classified. */
  readonly blocked: Uint8Array;
  flag(i: number, f: ClientFlag): void;
  address(i: number, col: number): string;
}

function newFindings(table: ClientTable): Findings {
  const flags = new Map<number, ClientFlag[]>();
  return {
    flags,
    blocked: new Uint8Array(table.names.length),
    flag(i, f) {
      const list = flags.get(i);
      if (list) list.push(f);
      else flags.set(i, [f]);
    },
    address: (i, col) => cellAddress(table.placement, table.dataRow[i]!, col),
  };
}

/**
 * Flags the unusable cells of a column. A column the class depends on blocks the client (except a
 * missing value under the "zero" policy); the revenue column, used only for shares, just signals.
 */
function reportProblems(found: Findings, table: ClientTable, model: ScoringModel, col: number, use: 'classify' | 'shares'): void {
  const column = table.numeric.get(col);
  if (!column) return;
  for (const [i, p] of column.problems) {
    const params = { column: column.header, address: found.address(i, col), text: p.text ?? '' };
    if (use === 'shares') {
      const code =
        p.kind === 'missing' ? 'client.revenueMissing' : p.reason === 'percent' ? 'client.revenuePercent' : 'client.revenueInvalid';
      found.flag(i, { code, params, blocking: false });
      continue;
    }
    const blocking = p.kind === 'invalid' || model.missing !== 'zero';
    if (blocking) found.blocked[i] = 1;
    if (p.kind === 'missing') found.flag(i, { code: blocking ? 'client.missing' : 'client.missingAsZero', params, blocking });
    else found.flag(i, { code: `client.invalid.${p.reason ?? 'text'}`, params, blocking });
  }
}

/** Step 1a: each criterion's score per client, flagging values off the scale. */
function scoreCriteria(table: ClientTable, model: ScoringModel, found: Findings): Float64Array[] {
  const M = model.scaleMax;
  return model.criteria.map((criterion, c) => {
    const col = table.mapping.criteria[c]!;
    reportProblems(found, table, model, col, 'classify');
    const result = scoreCriterion(table.numeric.get(col)!.values, criterion.scoring, M);
    for (const [i, v] of result.outOfRange) {
      found.blocked[i] = 1;
      found.flag(i, {
        code: 'client.outOfRange',
        params: { column: criterion.column, address: found.address(i, col), value: v, max: M },
        blocking: true,
      });
    }
    for (const i of result.fractional) {
      found.flag(i, {
        code: 'client.fractional',
        params: { column: criterion.column, address: found.address(i, col), value: result.scores[i]! },
        blocking: false,
      });
    }
    if (model.missing === 'zero') {
      const column = table.numeric.get(col)!;
      for (const [i, p] of column.problems)
        if (p.kind === 'missing') {
          result.scores[i] = 0;
        }
    }
    return result.scores;
  });
}

/** Step 1b: the weighted total and its share of the maximum; NaN for a blocked client. */
function totalScores(
  model: ScoringModel,
  criterionScores: readonly Float64Array[],
  blocked: Uint8Array,
): { max: number; scores: Float64Array; percent: Float64Array } {
  const n = blocked.length;
  const max = model.scaleMax * model.criteria.reduce((sum, c) => sum + c.weight, 0);
  const scores = new Float64Array(n);
  const percent = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (let c = 0; c < criterionScores.length; c++) total += model.criteria[c]!.weight * criterionScores[c]![i]!;
    const ok = model.criteria.length > 0 && !blocked[i] && !Number.isNaN(total);
    scores[i] = ok ? total : NaN;
    percent[i] = ok && max > 0 ? total / max : NaN;
  }
  return { max, scores, percent };
}

/** Step 2: the revenue per client, signalling cells that give no share (it never blocks a class). */
function readRevenue(table: ClientTable, model: ScoringModel, found: Findings): Float64Array {
  const n = table.names.length;
  const revenueCol = table.mapping.revenue;
  const revenue = revenueCol >= 0 ? table.numeric.get(revenueCol)!.values : new Float64Array(n).fill(NaN);
  if (
    revenueCol >= 0 &&
    !model.criteria.some((_, c) => table.mapping.criteria[c] === revenueCol) &&
    table.mapping.classColumn !== revenueCol
  ) {
    reportProblems(found, table, model, revenueCol, 'shares');
  }
  for (let i = 0; i < n; i++) {
    if (revenue[i]! < 0)
      found.flag(i, {
        code: 'client.negativeRevenue',
        params: { address: found.address(i, revenueCol), value: revenue[i]! },
        blocking: false,
      });
  }
  return revenue;
}

/** Step 3a: the value the method classifies on: the score, or the Pareto/computed column. */
function classKeyOf(table: ClientTable, model: ScoringModel, found: Findings, scores: Float64Array): Float64Array {
  const method = model.classification;
  if (!(method.method === 'pareto' || (method.method === 'computed' && table.mapping.classColumn >= 0))) return scores;
  const col = table.mapping.classColumn;
  if (!model.criteria.some((_, c) => table.mapping.criteria[c] === col)) reportProblems(found, table, model, col, 'classify');
  const { values, problems } = table.numeric.get(col)!;
  const classKey = new Float64Array(scores.length);
  for (let i = 0; i < classKey.length; i++) {
    // Under the "zero" policy a missing value counts as 0 here too, as its signal says.
    const missingAsZero = model.missing === 'zero' && problems.get(i)?.kind === 'missing';
    classKey[i] = found.blocked[i] ? NaN : missingAsZero ? 0 : values[i]!;
  }
  return classKey;
}

/** Step 3b: the class from the method alone, and the limits when the method computed them. */
function classifyByMethod(
  method: ScoringModel['classification'],
  percent: Float64Array,
  scores: Float64Array,
  classKey: Float64Array,
): { baseClass: Int16Array; limits?: number[] } {
  switch (method.method) {
    case 'score':
      return { baseClass: classifyByScore(percent, method.thresholds) };
    case 'rank':
      return { baseClass: classifyByRank(scores, method.shares) };
    case 'pareto':
      return { baseClass: classifyByPareto(classKey, method.cutoffs) };
    case 'computed': {
      const limits = computeAbcLimits(classKey);
      return { baseClass: classifyByLimits(classKey, limits), limits };
    }
  }
}

/** Step 3c: the lowest class key per class, for "what is needed to reach the next class". */
function lowestKeyPerClass(labels: readonly string[], baseClass: Int16Array, classKey: Float64Array): number[] {
  const classMinKey = labels.map(() => Infinity);
  for (let i = 0; i < baseClass.length; i++) {
    const k = baseClass[i]!;
    if (k >= 0 && classKey[i]! < classMinKey[k]!) classMinKey[k] = classKey[i]!;
  }
  return classMinKey;
}

function labelIndexIn(labels: readonly string[], label: string): number {
  return labels.findIndex((l) => l.toLowerCase() === label.toLowerCase());
}

/** Step 4a: the rules in order; a cap moves a class down, a floor moves it up. */
function applyRules(
  model: ScoringModel,
  table: ClientTable,
  criterionScores: readonly Float64Array[],
  baseClass: Int16Array,
): { classIndex: Int16Array; decidedBy: Int16Array } {
  const n = baseClass.length;
  const classIndex = Int16Array.from(baseClass);
  const decidedBy = new Int16Array(n).fill(DECIDED_BY_METHOD);
  const { labels } = model.classification;
  const context = { model, table, criterionScores };
  for (let i = 0; i < n; i++) {
    if (classIndex[i]! < 0) {
      decidedBy[i] = UNCLASSIFIED;
      continue;
    }
    model.rules.forEach((rule, r) => {
      if (!ruleHolds(rule, i, context)) return;
      const current = classIndex[i]!;
      const next =
        rule.atMost !== undefined
          ? Math.max(current, labelIndexIn(labels, rule.atMost))
          : Math.min(current, labelIndexIn(labels, rule.atLeast!));
      if (next !== current) {
        classIndex[i] = next;
        decidedBy[i] = r;
      }
    });
  }
  return { classIndex, decidedBy };
}

/** Step 4b: the overrides, which win over everything; returns each overridden client's reason. */
function applyOverrides(
  table: ClientTable,
  labels: readonly string[],
  found: Findings,
  classIndex: Int16Array,
  decidedBy: Int16Array,
): Map<number, string> {
  const overrideReason = new Map<number, string>();
  const overrideTexts = table.mapping.override >= 0 ? table.texts.get(table.mapping.override) : undefined;
  const reasonTexts = table.mapping.reason >= 0 ? table.texts.get(table.mapping.reason) : undefined;
  if (!overrideTexts) return overrideReason;
  for (let i = 0; i < classIndex.length; i++) {
    const text = overrideTexts[i]!;
    if (!text) continue;
    const k = labelIndexIn(labels, text);
    if (k < 0) {
      found.flag(i, {
        code: 'client.overrideUnknown',
        params: { value: text, labels: labels.join(', '), address: found.address(i, table.mapping.override) },
        blocking: false,
      });
      continue;
    }
    classIndex[i] = k;
    decidedBy[i] = DECIDED_BY_OVERRIDE;
    const reason = reasonTexts?.[i] ?? '';
    overrideReason.set(i, reason);
    found.flag(i, {
      code: reason ? 'client.overrideWithReason' : 'client.override',
      params: { label: labels[k]!, reason },
      blocking: false,
    });
  }
  return overrideReason;
}

/** Scores and classifies every client of a table with a model, deterministically and order-independently. */
export function classifyClients(table: ClientTable, model: ScoringModel): ClassificationRun {
  const found = newFindings(table);
  const criterionScores = scoreCriteria(table, model, found);
  const { max, scores, percent } = totalScores(model, criterionScores, found.blocked);
  const revenue = readRevenue(table, model, found);
  const shares = revenueShares(revenue);
  const classKey = classKeyOf(table, model, found, scores);
  const { baseClass, limits } = classifyByMethod(model.classification, percent, scores, classKey);
  const classMinKey = lowestKeyPerClass(model.classification.labels, baseClass, classKey);
  const { classIndex, decidedBy } = applyRules(model, table, criterionScores, baseClass);
  const overrideReason = applyOverrides(table, model.classification.labels, found, classIndex, decidedBy);
  const rankKey = model.criteria.length > 0 ? scores : classKey;
  return {
    model,
    table,
    count: table.names.length,
    max,
    criterionScores,
    scores,
    percent,
    baseClass,
    classIndex,
    decidedBy,
    rank: rankDescending(rankKey),
    revenue,
    revenueShare: shares.share,
    cumulativeShare: shares.cumulative,
    revenueTotal: shares.total,
    classKey,
    classMinKey,
    ...(limits ? { limits } : {}),
    flags: found.flags,
    overrideReason,
  };
}
