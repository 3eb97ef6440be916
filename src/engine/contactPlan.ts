import { readOwners } from './owners';
import type { ClassificationRun } from './run';
import type { ResolvedLevel } from './serviceLevels';
import type { CellValue, Message } from './types';
import { addMonths, firstWorkingDay, workingDayDates, WORKING_DAYS_PER_YEAR } from './workdays';
import { DEFAULT_ANCHOR_MONTHS } from './planModel';

/** Contact moments start at 9:00, 11:00, 13:00 or 15:00 and take an hour. */
export const CONTACT_START_HOURS = [9, 11, 13, 15] as const;
export const CONTACT_MINUTES = 60;

export interface PlannedContact {
  /** 0-based number of the contact in the client's year: with the client it makes the agenda UID. */
  readonly slot: number;
  /** "2026-03-16" (a working day). */
  readonly date: string;
  /** Hour of day the contact starts (local time of the firm). */
  readonly hour: number;
}

export interface ClientContactPlan {
  /** Client index in the run. */
  readonly index: number;
  readonly name: string;
  /** Stable identity of the client (its name, numbered when names repeat), for agenda UIDs. */
  readonly identity: string;
  readonly label: string;
  readonly classIndex: number;
  /** The owner from the table, or the service level's role when the table names none. */
  readonly owner: string;
  readonly activities: string;
  readonly hoursPerYear: number;
  readonly contacts: readonly PlannedContact[];
  /** The anchored next appointment (the first contact), within the horizon; undefined without contacts. */
  readonly anchor?: string;
}

export interface PlanTotals {
  readonly name: string;
  readonly clients: number;
  readonly contacts: number;
  readonly hours: number;
  /** Hours available (owners from the model); undefined when unknown. */
  readonly capacity?: number;
}

export interface ContactPlan {
  /** First planned working day (on or after the run date) and the last day of the plan year. */
  readonly start: string;
  readonly end: string;
  readonly year: number;
  readonly anchorMonths: number;
  /** Last day an anchored appointment may fall on. */
  readonly anchorBy: string;
  readonly ownerColumn: number;
  /** Classified clients, in table order (unclassified clients get no plan). */
  readonly clients: readonly ClientContactPlan[];
  readonly byClass: readonly PlanTotals[];
  readonly byOwner: readonly PlanTotals[];
  readonly totalHours: number;
  readonly capacityHours?: number;
  /** False when the plan needs more hours than the firm (or an owner) has. */
  readonly fits: boolean;
  readonly warnings: readonly Message[];
}

export interface ContactPlanInput {
  readonly run: ClassificationRun;
  /** The data rows the run was read from (owner names are read from them). */
  readonly rows: readonly (readonly CellValue[])[];
  /** One level per class, in class order (see `resolveServiceLevels`). */
  readonly levels: readonly ResolvedLevel[];
  /** The run date, "2026-01-05": the plan covers the year from the first working day on or after it. */
  readonly from: string;
}

/** Client identities: the name, with " (2)", " (3)" … for the second and later client of the same name. */
export function clientIdentities(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const key = name.trim().toLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? name.trim() : `${name.trim()} (${n})`;
  });
}

/**
 * Spreads a client's contacts over the working days of the plan year. The owner's clients (in table
 * order, all classes together) each take an evenly spaced offset, so an owner's appointments are
 * spread over the weeks and do not pile up; the offset lies within the first interval and the
 * anchoring horizon, so the first contact is the anchored appointment. A client's position does not
 * depend on the classes of the others: a class change moves only that client's contacts.
 */
export function spreadContacts(position: number, ownerClients: number, contactsPerYear: number, horizonDays: number): number[] {
  if (contactsPerYear <= 0) return [];
  const interval = WORKING_DAYS_PER_YEAR / contactsPerYear;
  const window = Math.min(interval, horizonDays);
  const offset = (position * window) / ownerClients;
  return Array.from({ length: contactsPerYear }, (_, j) => Math.floor(offset + j * interval));
}

/** The contact plan of a classification run: per client the owner, dates, activities and anchor; capacity per class and owner. */
export function contactPlan(input: ContactPlanInput): ContactPlan {
  const { run, levels } = input;
  const settings = run.model.plan;
  const anchorMonths = settings?.anchorMonths ?? DEFAULT_ANCHOR_MONTHS;
  const start = firstWorkingDay(input.from);
  const end = addMonths(start, 12);
  const anchorBy = addMonths(start, anchorMonths);
  const horizonDays = Math.floor((anchorMonths * WORKING_DAYS_PER_YEAR) / 12);
  const owners = readOwners(run, input.rows);
  const identities = clientIdentities(run.table.names);
  const dates = workingDayDates(start, WORKING_DAYS_PER_YEAR);

  const planned: number[] = [];
  for (let i = 0; i < run.count; i++) if (run.classIndex[i]! >= 0) planned.push(i);
  const ownerOf = (i: number) => owners.names[i] || levels[run.classIndex[i]!]!.ownerRole;
  const groups = new Map<string, number[]>();
  for (const i of planned) {
    const key = ownerOf(i).toLowerCase();
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  const clients: ClientContactPlan[] = [];
  const positions = new Map<number, { position: number; count: number }>();
  for (const group of groups.values()) group.forEach((i, position) => positions.set(i, { position, count: group.length }));
  for (const i of planned) {
    const k = run.classIndex[i]!;
    const level = levels[k]!;
    const { position, count } = positions.get(i)!;
    const contacts = spreadContacts(position, count, level.contactsPerYear, horizonDays).map((day, slot) => ({
      slot,
      date: dates[day]!,
      hour: CONTACT_START_HOURS[position % CONTACT_START_HOURS.length]!,
    }));
    clients.push({
      index: i,
      name: run.table.names[i]!,
      identity: identities[i]!,
      label: level.class,
      classIndex: k,
      owner: ownerOf(i),
      activities: level.activities,
      hoursPerYear: level.hoursPerYear,
      contacts,
      ...(contacts[0] ? { anchor: contacts[0].date } : {}),
    });
  }
  return {
    start,
    end,
    year: Number(start.slice(0, 4)),
    anchorMonths,
    anchorBy,
    ownerColumn: owners.column,
    clients,
    ...capacity(run, levels, clients, owners.warnings),
  };
}

function totalsBy(
  clients: readonly ClientContactPlan[],
  key: (c: ClientContactPlan) => string,
  names: readonly string[] = [],
): Map<string, PlanTotals> {
  type Mutable = { -readonly [K in keyof PlanTotals]: PlanTotals[K] };
  const map = new Map<string, Mutable>(names.map((name) => [name.toLowerCase(), { name, clients: 0, contacts: 0, hours: 0 }]));
  for (const c of clients) {
    const name = key(c);
    const id = name.toLowerCase();
    let t = map.get(id);
    if (!t) {
      t = { name, clients: 0, contacts: 0, hours: 0 };
      map.set(id, t);
    }
    t.clients++;
    t.contacts += c.contacts.length;
    t.hours += c.hoursPerYear;
  }
  return map;
}

/** Hours per class and per owner against the capacity, and a warning for each that does not fit. */
function capacity(
  run: ClassificationRun,
  levels: readonly ResolvedLevel[],
  clients: readonly ClientContactPlan[],
  ownerWarnings: readonly Message[],
) {
  const settings = run.model.plan;
  const byClass = [
    ...totalsBy(
      clients,
      (c) => c.label,
      levels.map((l) => l.class),
    ).values(),
  ];
  const ownerHours = new Map((settings?.owners ?? []).map((o) => [o.name.toLowerCase(), o.hours]));
  const byOwner = [...totalsBy(clients, (c) => c.owner).values()].map((t) => {
    const h = ownerHours.get(t.name.toLowerCase());
    return h === undefined ? t : { ...t, capacity: h };
  });
  const totalHours = byClass.reduce((sum, t) => sum + t.hours, 0);
  const warnings: Message[] = [...ownerWarnings];
  const capacityHours = settings?.capacityHours;
  let fits = true;
  if (capacityHours !== undefined && totalHours > capacityHours) {
    fits = false;
    warnings.push({ code: 'plan.overCapacity', params: { needed: totalHours, capacity: capacityHours } });
  }
  for (const o of byOwner) {
    if (o.capacity !== undefined && o.hours > o.capacity) {
      fits = false;
      warnings.push({ code: 'plan.ownerOverCapacity', params: { owner: o.name, needed: o.hours, capacity: o.capacity } });
    }
  }
  return { byClass, byOwner, totalHours, ...(capacityHours !== undefined ? { capacityHours } : {}), fits, warnings };
}
