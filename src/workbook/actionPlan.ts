import {
  actionPlan,
  isoDate,
  stableHash,
  writeCalendar,
  CONTACT_MINUTES,
  type ActionPlan,
  type CalendarEvent,
  type CellValue,
  type ClassificationRun,
  type ContactPlan,
} from '../engine';
import type { Texts } from '../i18n/catalog';
import { serviceLevels } from './serviceLevels';

/** The action plan of a run, starting on the run date. Every surface (pane, preview, CLI) calls this one function. */
export function planForRun(
  run: ClassificationRun,
  rows: readonly (readonly CellValue[])[],
  tx: Texts,
  now: Date,
  withContactPlan = true,
): ActionPlan {
  return actionPlan(run, rows, serviceLevels(run.model, tx), isoDate(now), withContactPlan);
}

/**
 * UID of a planned contact: the client's identity (hashed, so the agenda does not carry the client
 * list in its identifiers), the plan year and the number of the contact. A later run gives the same
 * contact the same UID, so a calendar that imports the file again updates instead of duplicating.
 */
export function contactUid(identity: string, year: number, slot: number): string {
  return `kw-${stableHash(identity.toLowerCase())}-${year}-${slot + 1}@klantwaarde`;
}

/**
 * The appointments of a plan. Activities separated by ";" take turns over a client's contacts (the
 * first contact the first activity, …), so each appointment's title says what it is for; the
 * description lists them all.
 */
export function agendaEvents(plan: ContactPlan, tx: Texts): CalendarEvent[] {
  return plan.clients.flatMap((c) => {
    const items = c.activities
      .split(';')
      .map((a) => a.trim())
      .filter(Boolean);
    return c.contacts.map((contact) => {
      const activity = items.length > 0 ? items[contact.slot % items.length]! : c.activities;
      const params = {
        client: c.name,
        label: c.label,
        activities: c.activities,
        owner: c.owner,
        n: String(contact.slot + 1),
        total: String(c.contacts.length),
      };
      return {
        uid: contactUid(c.identity, plan.year, contact.slot),
        date: contact.date,
        hour: contact.hour,
        minutes: CONTACT_MINUTES,
        summary: tx.t('plan.event.summary', { ...params, activity }),
        description: tx.t('plan.event.description', params),
        categories: ['Klantwaarde', c.label],
      };
    });
  });
}

/** The agenda file (.ics) of a contact plan. */
export function agendaFile(plan: ContactPlan, tx: Texts, stamp: Date): string {
  return writeCalendar(agendaEvents(plan, tx), { stamp, name: tx.t('plan.calendarName', { year: String(plan.year) }) });
}
