import type {
  ClassificationMethod,
  ClassRule,
  Criterion,
  CriterionScoring,
  Direction,
  Message,
  MissingPolicy,
  OverrideColumns,
  RuleOp,
  ScoringModel,
} from './types';
import { editDistance } from './columnMatch';
import type { ModelMessageCode } from './messages';
import { jsonErrorOffset, positionOf } from './jsonPosition';
import { checkPlan } from './planModel';

/** A model problem: the field path (e.g. `criteria[2].weight`) and a catalog message. */
export interface ModelIssue extends Message<ModelMessageCode> {
  readonly params: Readonly<Record<string, string | number>> & { readonly path: string };
}

export type ModelValidation =
  | { readonly ok: true; readonly model: ScoringModel; readonly warnings: readonly ModelIssue[] }
  | { readonly ok: false; readonly errors: readonly ModelIssue[]; readonly warnings: readonly ModelIssue[] };

export const DEFAULT_LABELS = ['A', 'B', 'C', 'D'] as const;
export const PYRAMID_SHARES = [0.01, 0.04, 0.15, 0.8] as const;
export const PYRAMID_LABELS = ['Top', 'Groot', 'Middel', 'Klein'] as const;
export const DEFAULT_SCORE_THRESHOLDS = [0.7, 0.45, 0.2] as const;
export const DEFAULT_PARETO_CUTOFFS = [0.8, 0.95] as const;
const MAX_SCALE = 10;
const MAX_LABELS = 10;

const KNOWN_TOP = new Set([
  'version',
  'name',
  'scaleMax',
  'revenue',
  'nameColumn',
  'previousClassColumn',
  'criteria',
  'classification',
  'rules',
  'override',
  'missing',
  'description',
  '$schema',
  'costs',
  'hours',
  'hourlyCost',
  'potential',
  'concentrationLimit',
  'plan',
]);
/**
 * Known fields of the nested objects, by path pattern (`[]` = any list item). A field not listed
 * gets a warning naming its path, so a misspelt `tresholds` is not silently replaced by a default.
 * A new optional field is one entry here (top-level fields: KNOWN_TOP).
 */
const KNOWN_NESTED: Readonly<Record<string, readonly string[]>> = {
  'criteria[]': ['name', 'column', 'weight', 'scoring', 'description'],
  'criteria[].scoring': ['type', 'direction', 'thresholds', 'lo', 'hi'],
  classification: ['method', 'preset', 'thresholds', 'shares', 'cutoffs', 'labels', 'column'],
  'rules[]': ['when', 'atMost', 'atLeast', 'description'],
  'rules[].when': ['criterion', 'column', 'op', 'value'],
  override: ['column', 'reasonColumn'],
};
/**
 * Text lengths Excel can hold where the text ends up. A header is compared on its first 255
 * characters (longer names could never match); a cell holds at most 32,767 characters and a class
 * label or criterion name is repeated in every client's Toelichting cell, so those stay at 255 too
 * (https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 */
export const MAX_TEXT_LENGTH = 255;
const OPS: readonly RuleOp[] = ['<', '<=', '>', '>=', '='];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

class Checker {
  readonly errors: ModelIssue[] = [];
  readonly warnings: ModelIssue[] = [];
  error(path: string, code: ModelMessageCode, params: Record<string, string | number> = {}): void {
    this.errors.push({ code, params: { ...params, path } });
  }
  warn(path: string, code: ModelMessageCode, params: Record<string, string | number> = {}): void {
    this.warnings.push({ code, params: { ...params, path } });
  }
  optionalText(obj: Obj, key: string, path: string): string | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (!isText(v)) {
      this.error(path, 'model.notText');
      return undefined;
    }
    return this.length(v.trim(), path);
  }
  /** Refuses a text longer than MAX_TEXT_LENGTH (see there), naming its length. */
  length(text: string, path: string): string {
    if (text.length > MAX_TEXT_LENGTH) this.error(path, 'model.textTooLong', { length: text.length, max: MAX_TEXT_LENGTH });
    return text;
  }
  direction(obj: Obj, path: string): Direction {
    const v = obj.direction;
    if (v === undefined) return 'higher';
    if (v === 'higher' || v === 'lower') return v;
    this.error(path, 'model.direction', { value: String(v) });
    return 'higher';
  }
  numberList(v: unknown, path: string): number[] | undefined {
    if (!Array.isArray(v)) {
      this.error(path, 'model.notList');
      return undefined;
    }
    const bad = v.findIndex((x) => !isNum(x));
    if (bad >= 0) {
      this.error(`${path}[${bad}]`, 'model.notNumber', { value: String(v[bad]) });
      return undefined;
    }
    return v as number[];
  }
}

function checkScoring(c: Checker, v: unknown, path: string, scaleMax: number): CriterionScoring {
  if (v === undefined) return { type: 'direct' };
  if (!isObj(v)) {
    c.error(path, 'model.notObject');
    return { type: 'direct' };
  }
  const type = v.type ?? 'direct';
  const direction = c.direction(v, `${path}.direction`);
  switch (type) {
    case 'direct':
      return { type: 'direct' };
    case 'quantiles':
      return { type: 'quantiles', direction };
    case 'linear': {
      const lo =
        v.lo === undefined
          ? undefined
          : isNum(v.lo)
            ? v.lo
            : (c.error(`${path}.lo`, 'model.notNumber', { value: String(v.lo) }), undefined);
      const hi =
        v.hi === undefined
          ? undefined
          : isNum(v.hi)
            ? v.hi
            : (c.error(`${path}.hi`, 'model.notNumber', { value: String(v.hi) }), undefined);
      if (lo !== undefined && hi !== undefined && !(hi > lo)) c.error(`${path}.hi`, 'model.linearRange', { lo, hi });
      return { type: 'linear', direction, lo, hi };
    }
    case 'thresholds': {
      const t = c.numberList(v.thresholds, `${path}.thresholds`);
      if (!t) return { type: 'direct' };
      if (t.length !== scaleMax) c.error(`${path}.thresholds`, 'model.thresholdCount', { expected: scaleMax, actual: t.length });
      const ordered = t.every((x, i) => i === 0 || (direction === 'higher' ? x > t[i - 1]! : x < t[i - 1]!));
      if (!ordered) c.error(`${path}.thresholds`, direction === 'higher' ? 'model.thresholdsAscending' : 'model.thresholdsDescending');
      return { type: 'thresholds', direction, thresholds: t };
    }
    default:
      c.error(`${path}.type`, 'model.scoringType', { value: String(type) });
      return { type: 'direct' };
  }
}

function checkCriteria(c: Checker, v: unknown, scaleMax: number): Criterion[] {
  if (v === undefined) {
    c.error('criteria', 'model.required');
    return [];
  }
  if (!Array.isArray(v)) {
    c.error('criteria', 'model.notList');
    return [];
  }
  const seen = new Set<string>();
  const result: Criterion[] = [];
  v.forEach((raw, i) => {
    const path = `criteria[${i}]`;
    if (!isObj(raw)) {
      c.error(path, 'model.notObject');
      return;
    }
    if (!isText(raw.name)) {
      c.error(`${path}.name`, raw.name === undefined ? 'model.required' : 'model.notText');
      return;
    }
    const name = c.length(raw.name.trim(), `${path}.name`);
    const key = name.toLowerCase();
    if (seen.has(key)) c.error(`${path}.name`, 'model.duplicateCriterion', { name });
    seen.add(key);
    let weight = 1;
    if (raw.weight === undefined) c.error(`${path}.weight`, 'model.required');
    else if (!isNum(raw.weight)) c.error(`${path}.weight`, 'model.weightNotNumber', { value: String(raw.weight) });
    else if (raw.weight < 0) c.error(`${path}.weight`, 'model.weightNegative', { value: raw.weight });
    else weight = raw.weight;
    const column = c.optionalText(raw, 'column', `${path}.column`) ?? name;
    result.push({ name, column, weight, scoring: checkScoring(c, raw.scoring, `${path}.scoring`, scaleMax) });
  });
  return result;
}

function checkLabels(c: Checker, v: unknown, path: string, fallback: readonly string[]): string[] {
  if (v === undefined) return [...fallback];
  if (!Array.isArray(v) || v.length < 2 || v.length > MAX_LABELS) {
    c.error(path, 'model.labelCount', { max: MAX_LABELS });
    return [...fallback];
  }
  const bad = v.findIndex((x) => !isText(x));
  if (bad >= 0) {
    c.error(`${path}[${bad}]`, 'model.notText');
    return [...fallback];
  }
  const labels = (v as string[]).map((x, i) => c.length(x.trim(), `${path}[${i}]`));
  if (new Set(labels.map((l) => l.toLowerCase())).size !== labels.length) c.error(path, 'model.labelsUnique');
  return labels;
}

/** A, B, C, … for `count` classes. */
export function letterLabels(count: number): string[] {
  return Array.from({ length: count }, (_, i) => String.fromCharCode(65 + i));
}

function checkClassification(c: Checker, v: unknown, revenue: string | undefined): ClassificationMethod {
  if (v === undefined) return { method: 'score', thresholds: [...DEFAULT_SCORE_THRESHOLDS], labels: [...DEFAULT_LABELS] };
  if (!isObj(v)) {
    c.error('classification', 'model.notObject');
    return { method: 'score', thresholds: [...DEFAULT_SCORE_THRESHOLDS], labels: [...DEFAULT_LABELS] };
  }
  const method = v.method ?? (v.preset === 'klantenpiramide' ? 'rank' : 'score');
  const path = 'classification';
  switch (method) {
    case 'score': {
      const t = v.thresholds === undefined ? [...DEFAULT_SCORE_THRESHOLDS] : (c.numberList(v.thresholds, `${path}.thresholds`) ?? []);
      const labels = checkLabels(c, v.labels, `${path}.labels`, letterLabels(t.length + 1));
      if (t.length !== labels.length - 1)
        c.error(`${path}.thresholds`, 'model.classLimitCount', { expected: labels.length - 1, actual: t.length });
      if (t.some((x) => x < 0 || x > 1)) c.error(`${path}.thresholds`, 'model.fraction');
      if (!t.every((x, i) => i === 0 || x < t[i - 1]!)) c.error(`${path}.thresholds`, 'model.thresholdsDescending');
      return { method: 'score', thresholds: t, labels };
    }
    case 'rank': {
      const pyramid = v.preset === 'klantenpiramide';
      if (v.preset !== undefined && !pyramid) c.error(`${path}.preset`, 'model.preset', { value: String(v.preset) });
      const shares =
        v.shares === undefined ? [...(pyramid ? PYRAMID_SHARES : [0.2, 0.3, 0.5])] : (c.numberList(v.shares, `${path}.shares`) ?? []);
      const labels = checkLabels(c, v.labels, `${path}.labels`, pyramid ? PYRAMID_LABELS : letterLabels(shares.length));
      if (shares.length !== labels.length)
        c.error(`${path}.shares`, 'model.classLimitCount', { expected: labels.length, actual: shares.length });
      if (shares.some((x) => x <= 0 || x > 1)) c.error(`${path}.shares`, 'model.sharePositive');
      const sum = shares.reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 1) > 1e-6) c.error(`${path}.shares`, 'model.sharesSum', { sum: Math.round(sum * 1e4) / 1e4 });
      return pyramid ? { method: 'rank', shares, labels, preset: 'klantenpiramide' } : { method: 'rank', shares, labels };
    }
    case 'pareto': {
      const cut = v.cutoffs === undefined ? [...DEFAULT_PARETO_CUTOFFS] : (c.numberList(v.cutoffs, `${path}.cutoffs`) ?? []);
      const labels = checkLabels(c, v.labels, `${path}.labels`, letterLabels(cut.length + 1));
      if (cut.length !== labels.length - 1)
        c.error(`${path}.cutoffs`, 'model.classLimitCount', { expected: labels.length - 1, actual: cut.length });
      if (cut.some((x) => x <= 0 || x > 1)) c.error(`${path}.cutoffs`, 'model.fraction');
      if (!cut.every((x, i) => i === 0 || x > cut[i - 1]!)) c.error(`${path}.cutoffs`, 'model.thresholdsAscending');
      const column = c.optionalText(v, 'column', `${path}.column`) ?? revenue;
      return { method: 'pareto', column, cutoffs: cut, labels };
    }
    case 'computed': {
      const labels = checkLabels(c, v.labels, `${path}.labels`, ['A', 'B', 'C']);
      if (labels.length !== 3) c.error(`${path}.labels`, 'model.computedLabels');
      const column = c.optionalText(v, 'column', `${path}.column`);
      return { method: 'computed', column, labels };
    }
    default:
      c.error(`${path}.method`, 'model.method', { value: String(method) });
      return { method: 'score', thresholds: [...DEFAULT_SCORE_THRESHOLDS], labels: [...DEFAULT_LABELS] };
  }
}

function checkRules(c: Checker, v: unknown, criteria: readonly Criterion[], labels: readonly string[]): ClassRule[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    c.error('rules', 'model.notList');
    return [];
  }
  const names = new Set(criteria.map((x) => x.name.toLowerCase()));
  const known = new Set(labels.map((l) => l.toLowerCase()));
  const rules: ClassRule[] = [];
  v.forEach((raw, i) => {
    const path = `rules[${i}]`;
    if (!isObj(raw) || !isObj(raw.when)) {
      c.error(isObj(raw) ? `${path}.when` : path, 'model.notObject');
      return;
    }
    const w = raw.when;
    const criterion = c.optionalText(w, 'criterion', `${path}.when.criterion`);
    const column = c.optionalText(w, 'column', `${path}.when.column`);
    if ((criterion === undefined) === (column === undefined)) c.error(`${path}.when`, 'model.ruleTarget');
    if (criterion !== undefined && !names.has(criterion.toLowerCase()))
      c.error(`${path}.when.criterion`, 'model.unknownCriterion', { name: criterion });
    const op = w.op as RuleOp;
    if (!OPS.includes(op)) c.error(`${path}.when.op`, 'model.ruleOp', { value: String(w.op) });
    const value = w.value;
    if (!isNum(value) && !(typeof value === 'string' && op === '=')) c.error(`${path}.when.value`, 'model.ruleValue');
    const atMost = c.optionalText(raw, 'atMost', `${path}.atMost`);
    const atLeast = c.optionalText(raw, 'atLeast', `${path}.atLeast`);
    if ((atMost === undefined) === (atLeast === undefined)) c.error(path, 'model.ruleAction');
    for (const [key, label] of [
      ['atMost', atMost],
      ['atLeast', atLeast],
    ] as const) {
      if (label !== undefined && !known.has(label.toLowerCase()))
        c.error(`${path}.${key}`, 'model.unknownLabel', { label, labels: labels.join(', ') });
    }
    const canon = (l: string | undefined) => (l === undefined ? undefined : (labels.find((x) => x.toLowerCase() === l.toLowerCase()) ?? l));
    const when: { criterion?: string; column?: string; op: RuleOp; value: number | string } = { op, value: value as number | string };
    if (criterion !== undefined) when.criterion = criteria.find((x) => x.name.toLowerCase() === criterion.toLowerCase())?.name ?? criterion;
    if (column !== undefined) when.column = column;
    rules.push({ when, ...(atMost ? { atMost: canon(atMost) } : {}), ...(atLeast ? { atLeast: canon(atLeast) } : {}) });
  });
  return rules;
}

function checkOverride(c: Checker, v: unknown): OverrideColumns | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObj(v)) {
    c.error('override', 'model.notObject');
    return undefined;
  }
  const column = c.optionalText(v, 'column', 'override.column');
  if (column === undefined) {
    if (v.column === undefined) c.error('override.column', 'model.required');
    return undefined;
  }
  const reasonColumn = c.optionalText(v, 'reasonColumn', 'override.reasonColumn');
  return reasonColumn ? { column, reasonColumn } : { column };
}

/** The optional portfolio-insight fields: profitability and potential columns, hourly cost, concentration limit. */
function checkInsightFields(
  c: Checker,
  input: Obj,
): Pick<ScoringModel, 'costs' | 'hours' | 'hourlyCost' | 'potential' | 'concentrationLimit'> {
  const out: { costs?: string; hours?: string; hourlyCost?: number; potential?: string; concentrationLimit?: number } = {};
  for (const key of ['costs', 'hours', 'potential'] as const) {
    const column = c.optionalText(input, key, key);
    if (column) out[key] = column;
  }
  const rate = input.hourlyCost;
  if (rate !== undefined && rate !== null) {
    if (!isNum(rate)) c.error('hourlyCost', 'model.notNumber', { value: String(rate) });
    else if (rate < 0) c.error('hourlyCost', 'model.hourlyCostNegative', { value: rate });
    else out.hourlyCost = rate;
  }
  const limit = input.concentrationLimit;
  if (limit !== undefined && limit !== null) {
    if (!isNum(limit) || limit <= 0 || limit > 1) c.error('concentrationLimit', 'model.concentrationLimit', { value: String(limit) });
    else out.concentrationLimit = limit;
  }
  return out;
}

/** "tresholds" → "thresholds": the known field one or two letters away, if any. */
function nearestField(key: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance && d <= Math.max(1, Math.floor(k.length / 4))) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/** Warns about every field the format does not know, at any depth, by its path ("criteria[0].scoring.tresholds"). */
function warnUnknownFields(c: Checker, input: Obj): void {
  const check = (obj: Obj, known: Iterable<string>, path: string) => {
    const set = new Set(known);
    for (const key of Object.keys(obj)) {
      if (set.has(key)) continue;
      const near = nearestField(key, set);
      const at = path ? `${path}.${key}` : key;
      if (near) c.warn(at, 'model.unknownFieldNear', { field: near });
      else c.warn(at, 'model.unknownField');
    }
  };
  check(input, KNOWN_TOP, '');
  const visit = (value: unknown, pattern: string, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${pattern}[]`, `${path}[${i}]`));
      return;
    }
    if (!isObj(value)) return;
    const known = KNOWN_NESTED[pattern];
    if (!known) return;
    check(value, known, path);
    for (const key of Object.keys(value))
      if (KNOWN_NESTED[`${pattern}.${key}`] || KNOWN_NESTED[`${pattern}.${key}[]`])
        visit(value[key], `${pattern}.${key}`, `${path}.${key}`);
  };
  for (const key of Object.keys(input)) visit(input[key], key, key);
}

/** Validates a model file (format v1), fills in the defaults and names every problem by field path. */
export function validateModel(input: unknown): ModelValidation {
  const c = new Checker();
  // Some other JSON file gets one clear message, not a list of missing fields. A "version" field is a
  // sign of a model only when it is our version 1: every package.json has a version ("1.0.0") too.
  if (!isObj(input) || !(['criteria', 'classification'].some((key) => key in input) || input.version === 1)) {
    c.error('', 'model.notModel');
    return { ok: false, errors: c.errors, warnings: c.warnings };
  }
  if (input.version === undefined) c.error('version', 'model.required');
  else if (input.version !== 1) c.error('version', 'model.version', { value: String(input.version) });
  warnUnknownFields(c, input);
  const name = c.optionalText(input, 'name', 'name') ?? 'Model';
  let scaleMax = 3;
  if (input.scaleMax !== undefined) {
    if (!isNum(input.scaleMax) || !Number.isInteger(input.scaleMax) || input.scaleMax < 1 || input.scaleMax > MAX_SCALE) {
      c.error('scaleMax', 'model.scaleMax', { value: String(input.scaleMax), max: MAX_SCALE });
    } else scaleMax = input.scaleMax;
  }
  const revenue = c.optionalText(input, 'revenue', 'revenue');
  const nameColumn = c.optionalText(input, 'nameColumn', 'nameColumn');
  const previousClassColumn = c.optionalText(input, 'previousClassColumn', 'previousClassColumn');
  const insight = checkInsightFields(c, input);
  const criteria = checkCriteria(c, input.criteria, scaleMax);
  const classification = checkClassification(c, input.classification, revenue);
  const needsScore =
    classification.method === 'score' ||
    classification.method === 'rank' ||
    (classification.method === 'computed' && classification.column === undefined);
  if (needsScore && Array.isArray(input.criteria)) {
    if (criteria.length === 0) c.error('criteria', 'model.noCriteria');
    else if (criteria.every((x) => x.weight === 0)) c.error('criteria', 'model.allWeightsZero');
  }
  const rules = checkRules(c, input.rules, criteria, classification.labels);
  const override = checkOverride(c, input.override);
  const plan = checkPlan(c, input.plan, classification.labels);
  let missing: MissingPolicy = 'unclassified';
  if (input.missing !== undefined) {
    if (input.missing === 'unclassified' || input.missing === 'zero') missing = input.missing;
    else c.error('missing', 'model.missing', { value: String(input.missing) });
  }
  if (c.errors.length > 0) return { ok: false, errors: c.errors, warnings: c.warnings };
  const model: ScoringModel = {
    version: 1,
    name,
    scaleMax,
    criteria,
    classification,
    rules,
    missing,
    ...(revenue ? { revenue } : {}),
    ...(nameColumn ? { nameColumn } : {}),
    ...(previousClassColumn ? { previousClassColumn } : {}),
    ...(override ? { override } : {}),
    ...insight,
    ...(plan ? { plan } : {}),
  };
  return { ok: true, model, warnings: c.warnings };
}

/** Parses model file text (JSON) and validates it. */
export function parseModelJson(text: string): ModelValidation {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // The parser's own words are English and differ per JavaScript engine; the message gives the spot instead.
    const offset = jsonErrorOffset(text);
    const { line, column } = positionOf(text, offset < 0 ? 0 : offset);
    return {
      ok: false,
      errors: [{ code: 'model.invalidJson', params: { path: '', line: String(line), column: String(column) } }],
      warnings: [],
    };
  }
  return validateModel(data);
}

/** The model as a plain JSON object in file format v1 (what is stored and exported). */
export function modelToJson(model: ScoringModel): unknown {
  return JSON.parse(JSON.stringify(model));
}
