import type { ActionPlanSettings, PlanOwner, ServiceLevel } from './types';

/**
 * Validation of the model's optional `plan` section (service levels per class, anchoring horizon,
 * capacity, owners, growth columns). Field names are declared here, so unknown fields can be named
 * by path like the rest of the model.
 */

export const PLAN_FIELDS = [
  'serviceLevels',
  'anchorMonths',
  'capacityHours',
  'owners',
  'ownerColumn',
  'opportunityColumn',
  'chanceColumn',
] as const;
export const SERVICE_LEVEL_FIELDS = ['class', 'contactsPerYear', 'activities', 'ownerRole', 'hoursPerYear'] as const;
export const PLAN_OWNER_FIELDS = ['name', 'hours'] as const;

/** Default anchoring horizon: "een afspraak in de toekomst (6 maanden bijvoorbeeld)". */
export const DEFAULT_ANCHOR_MONTHS = 6;
/** More than weekly contact is not a plan but daily business. */
export const MAX_CONTACTS_PER_YEAR = 52;

interface Reporter {
  error(path: string, code: string, params?: Record<string, string | number>): void;
  warn(path: string, code: string, params?: Record<string, string | number>): void;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function unknownFields(c: Reporter, obj: Obj, known: readonly string[], path: string): void {
  for (const key of Object.keys(obj)) if (!known.includes(key)) c.warn(`${path}.${key}`, 'model.unknownField');
}

function text(c: Reporter, obj: Obj, key: string, path: string): string | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  if (!isText(v)) {
    c.error(`${path}.${key}`, 'model.notText');
    return undefined;
  }
  return v.trim();
}

function hours(c: Reporter, v: unknown, path: string): number | undefined {
  if (!isNum(v)) {
    c.error(path, v === undefined ? 'model.required' : 'model.notNumber', { value: String(v) });
    return undefined;
  }
  if (v < 0) {
    c.error(path, 'model.plan.hoursNegative', { value: v });
    return undefined;
  }
  return v;
}

function checkLevel(c: Reporter, raw: unknown, path: string, labels: readonly string[], seen: Set<string>): ServiceLevel | undefined {
  if (!isObj(raw)) {
    c.error(path, 'model.notObject');
    return undefined;
  }
  unknownFields(c, raw, SERVICE_LEVEL_FIELDS, path);
  const label = text(c, raw, 'class', path);
  if (label === undefined) {
    if (raw.class === undefined) c.error(`${path}.class`, 'model.required');
    return undefined;
  }
  const canonical = labels.find((l) => l.toLowerCase() === label.toLowerCase());
  // A warning, not an error: a level left over after the classes were renamed or reduced in the pane must not block the run.
  if (!canonical) {
    c.warn(`${path}.class`, 'model.plan.unknownClass', { label, labels: labels.join(', ') });
    return undefined;
  }
  if (seen.has(canonical)) c.error(`${path}.class`, 'model.plan.duplicateClass', { label: canonical });
  seen.add(canonical);
  const contacts = raw.contactsPerYear;
  let contactsPerYear = 0;
  if (!isNum(contacts) || !Number.isInteger(contacts) || contacts < 0 || contacts > MAX_CONTACTS_PER_YEAR) {
    c.error(`${path}.contactsPerYear`, contacts === undefined ? 'model.required' : 'model.plan.contacts', {
      value: String(contacts),
      max: MAX_CONTACTS_PER_YEAR,
    });
  } else contactsPerYear = contacts;
  const hoursPerYear = hours(c, raw.hoursPerYear, `${path}.hoursPerYear`) ?? 0;
  const activities = text(c, raw, 'activities', path);
  const ownerRole = text(c, raw, 'ownerRole', path);
  return { class: canonical, contactsPerYear, hoursPerYear, ...(activities ? { activities } : {}), ...(ownerRole ? { ownerRole } : {}) };
}

function checkOwners(c: Reporter, v: unknown): PlanOwner[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) {
    c.error('plan.owners', 'model.notList');
    return undefined;
  }
  const seen = new Set<string>();
  const owners: PlanOwner[] = [];
  v.forEach((raw, i) => {
    const path = `plan.owners[${i}]`;
    if (!isObj(raw)) {
      c.error(path, 'model.notObject');
      return;
    }
    unknownFields(c, raw, PLAN_OWNER_FIELDS, path);
    const name = text(c, raw, 'name', path);
    if (name === undefined) {
      if (raw.name === undefined) c.error(`${path}.name`, 'model.required');
      return;
    }
    if (seen.has(name.toLowerCase())) c.error(`${path}.name`, 'model.plan.duplicateOwner', { name });
    seen.add(name.toLowerCase());
    const h = raw.hours === undefined || raw.hours === null ? undefined : hours(c, raw.hours, `${path}.hours`);
    owners.push(h === undefined ? { name } : { name, hours: h });
  });
  return owners;
}

/** The `plan` section, or undefined when the model has none (the defaults then apply). */
export function checkPlan(c: Reporter, v: unknown, labels: readonly string[]): ActionPlanSettings | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObj(v)) {
    c.error('plan', 'model.notObject');
    return undefined;
  }
  unknownFields(c, v, PLAN_FIELDS, 'plan');
  const levels: ServiceLevel[] = [];
  if (v.serviceLevels !== undefined) {
    if (!Array.isArray(v.serviceLevels)) c.error('plan.serviceLevels', 'model.notList');
    else {
      const seen = new Set<string>();
      v.serviceLevels.forEach((raw, i) => {
        const level = checkLevel(c, raw, `plan.serviceLevels[${i}]`, labels, seen);
        if (level) levels.push(level);
      });
    }
  }
  let anchorMonths = DEFAULT_ANCHOR_MONTHS;
  if (v.anchorMonths !== undefined) {
    const m = v.anchorMonths;
    if (!isNum(m) || !Number.isInteger(m) || m < 1 || m > 12) c.error('plan.anchorMonths', 'model.plan.anchorMonths', { value: String(m) });
    else anchorMonths = m;
  }
  let capacityHours: number | undefined;
  if (v.capacityHours !== undefined && v.capacityHours !== null) capacityHours = hours(c, v.capacityHours, 'plan.capacityHours');
  const owners = checkOwners(c, v.owners);
  const columns: Record<string, string> = {};
  for (const key of ['ownerColumn', 'opportunityColumn', 'chanceColumn'] as const) {
    const column = text(c, v, key, 'plan');
    if (column) columns[key] = column;
  }
  return {
    serviceLevels: levels,
    anchorMonths,
    ...(capacityHours !== undefined ? { capacityHours } : {}),
    ...(owners ? { owners } : {}),
    ...columns,
  };
}
