import ICAL from 'ical.js';
import { validateModel, type ScoringModel } from '../../src/engine';
import { excelAdapter, memoryAdapter, sessionFor, type Adapter } from './fixtures';
import { PLAN_TABLE, planWorkbook } from '../plan/table';

/**
 * Issue 14 in the workbook: the sheet "Contactplan <jaar>" beside the report, the agenda file, and
 * the growth and ideal-client report blocks, through the in-memory adapter and the Office.js fake.
 * The run date is TODAY (Wednesday 25 November 2026), so the plan starts that day.
 */

function model(raw: Record<string, unknown> = {}): ScoringModel {
  const v = validateModel({ version: 1, criteria: [{ name: 'Score', weight: 1 }], ...raw });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.model;
}

interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  zone: string;
  client: string;
  utc: string;
}

/** The agenda file read back by ical.js, an independent iCalendar parser. */
function parseAgenda(ics: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  // The zone as the file defines it (VTIMEZONE), not one ical.js knows by itself.
  const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    const start = e.startDate;
    start.zone = zone;
    return {
      uid: e.uid,
      summary: e.summary,
      start: start.toString(),
      zone: String(v.getFirstProperty('dtstart')!.getParameter('tzid')),
      client: e.summary.split(' (')[0]!,
      utc: new Date(start.toUnixTime() * 1000).toISOString(),
    };
  });
}

function planContract(adapter: Adapter): void {
  describe(`contact plan in the workbook: ${adapter.name}`, () => {
    it('writes "Contactplan 2026" beside the report, one row per classified client', async () => {
      const wb = planWorkbook();
      const outcome = await sessionFor(adapter, wb).classify(model(), { contactPlan: true });
      expect(outcome.planSheet).toBe('Contactplan 2026');
      expect(wb.sheetNames()).toEqual(['Klanten', 'Klantanalyse 2026', 'Contactplan 2026']);
      const sheet = wb.readSheet('Contactplan 2026', 'A1:H9');
      expect(sheet[0]![0]).toBe('Contactplan 2026');
      expect(sheet[3]!.slice(0, 7)).toEqual([
        'Klant',
        'Klasse',
        'Relatiebeheerder',
        'Activiteiten',
        'Uren per jaar',
        'Vaste afspraak',
        'Verwachte extra omzet',
      ]);
      // Wednesday 25 Nov 2026; Alfa is Jan's first client: first contact that day, at 9:00.
      expect(sheet[4]!.slice(0, 3)).toEqual(['Alfa', 'A', 'Jan']);
      expect(sheet[4]![4]).toBe(16);
      expect(sheet[4]![5]).toBe('2026-11-25');
      expect(sheet[4]![6]).toBe(3000);
      expect(sheet.slice(4, 9).map((r) => r[0])).toEqual(['Alfa', 'Beta', 'Gamma', 'Delta', 'Epsilon']);
    });

    it('replaces its own plan sheet on a re-run and removes it with the results', async () => {
      const wb = planWorkbook();
      const session = sessionFor(adapter, wb);
      await session.classify(model(), { contactPlan: true });
      await session.classify(model(), { contactPlan: true });
      expect(wb.sheetNames()).toEqual(['Klanten', 'Klantanalyse 2026', 'Contactplan 2026']);
      const removed = await session.removeResults();
      expect(removed.removedReport).toBe(true);
      expect(wb.sheetNames()).toEqual(['Klanten']);
    });

    it('leaves a sheet of the user\'s own named "Contactplan 2026" alone', async () => {
      const wb = planWorkbook();
      wb.loadSheet('Contactplan 2026', [['Mijn eigen planning']]);
      const outcome = await sessionFor(adapter, wb).classify(model(), { contactPlan: true });
      expect(outcome.planSheet).toBe('Contactplan 2026 (2)');
      expect(wb.readSheet('Contactplan 2026', 'A1')[0]![0]).toBe('Mijn eigen planning');
    });

    it('writes no plan sheet unless asked or the model has a plan section', async () => {
      const wb = planWorkbook();
      const outcome = await sessionFor(adapter, wb).classify(model());
      expect(outcome.planSheet).toBeUndefined();
      expect(outcome.agenda).toBeUndefined();
      expect(wb.sheetNames()).toEqual(['Klanten', 'Klantanalyse 2026']);
      const withSection = planWorkbook();
      await sessionFor(adapter, withSection).classify(model({ plan: { anchorMonths: 3 } }));
      expect(withSection.sheetNames()).toContain('Contactplan 2026');
    });

    it('adds the growth budget and the ideal-client profile to the report', async () => {
      const wb = planWorkbook();
      await sessionFor(adapter, wb).classify(model());
      const report = wb.readSheet('Klantanalyse 2026', 'A1:E120');
      const rowOf = (title: string) => report.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith(title));
      const growth = rowOf('Groeibudget');
      expect(growth).toBeGreaterThan(0);
      expect(report[growth + 2]).toEqual(['A', 2, 14000, 5000, null]);
      const ideal = rowOf('Ideale klant');
      expect(report[ideal + 2]).toEqual(['Mediaan omzet', 90, 50, null, null]);
      const zorg = report.findIndex((r) => r[0] === 'Branche' && r[1] === 'Zorg');
      expect(report[zorg]![4]).toBeCloseTo(1 / 0.6, 9);
    });
  });
}

planContract(memoryAdapter);
planContract(excelAdapter);

describe('agenda file', () => {
  it('holds one event per planned contact, in Europe/Amsterdam, read back by ical.js', async () => {
    const outcome = await sessionFor(memoryAdapter, planWorkbook()).classify(model(), { contactPlan: true });
    const events = parseAgenda(outcome.agenda!);
    // A: 2 × 4, B: 2 × 2, C: 1 × 1 (the default levels).
    expect(events).toHaveLength(13);
    expect(new Set(events.map((e) => e.uid)).size).toBe(13);
    expect(events.every((e) => e.zone === 'Europe/Amsterdam')).toBe(true);
    const alfa = events.filter((e) => e.client === 'Alfa');
    // Working days 0, 65, 130 and 195 from Wednesday 25 November 2026.
    expect(alfa.map((e) => e.start)).toEqual(['2026-11-25T09:00:00', '2027-02-24T09:00:00', '2027-05-26T09:00:00', '2027-08-25T09:00:00']);
    // 9:00 is 8:00 UTC in winter (CET) and 7:00 UTC in summer (CEST).
    expect(alfa.map((e) => e.utc.slice(11, 16))).toEqual(['08:00', '08:00', '07:00', '07:00']);
    expect(alfa[0]!.summary).toMatch(/^Alfa \(A\): Twee keer per jaar een ontbijtsessie/);
    expect(outcome.agenda!.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });

  it("keeps every other client's events (UID and time) when one client changes class", async () => {
    const before = parseAgenda((await sessionFor(memoryAdapter, planWorkbook()).classify(model(), { contactPlan: true })).agenda!);
    const changed = PLAN_TABLE.map((r) => (r[0] === 'Gamma' ? ['Gamma', 3, ...r.slice(2)] : r));
    const after = parseAgenda((await sessionFor(memoryAdapter, planWorkbook(changed)).classify(model(), { contactPlan: true })).agenda!);
    const others = (events: ParsedEvent[]) => events.filter((e) => e.client !== 'Gamma').map((e) => [e.uid, e.start]);
    expect(others(after)).toEqual(others(before));
    const gamma = (events: ParsedEvent[]) => events.filter((e) => e.client === 'Gamma');
    expect(gamma(before)).toHaveLength(2);
    expect(gamma(after)).toHaveLength(4);
    // The first two contacts keep their UIDs, so a calendar updates them instead of adding copies.
    expect(
      gamma(after)
        .slice(0, 2)
        .map((e) => e.uid),
    ).toEqual(gamma(before).map((e) => e.uid));
  });

  it('speaks English when the user does', async () => {
    const outcome = await sessionFor(memoryAdapter, planWorkbook(), 'en').classify(model(), { contactPlan: true });
    expect(outcome.planSheet).toBe('Contact plan 2026');
    expect(parseAgenda(outcome.agenda!)[0]!.summary).toMatch(/^Alfa \(A\): A breakfast session twice a year/);
  });
});

describe('agenda titles', () => {
  it("give each of a client's contacts the next activity of its level, the description all of them", async () => {
    const m = model({
      plan: { serviceLevels: [{ class: 'A', contactsPerYear: 3, hoursPerYear: 8, activities: 'Ontbijtsessie; Jaargesprek met vennoot' }] },
    });
    const outcome = await sessionFor(memoryAdapter, planWorkbook()).classify(m);
    const calendar = new ICAL.Component(ICAL.parse(outcome.agenda!));
    const alfa = calendar
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .filter((e) => e.summary.startsWith('Alfa'));
    expect(alfa.map((e) => e.summary)).toEqual(['Alfa (A): Ontbijtsessie', 'Alfa (A): Jaargesprek met vennoot', 'Alfa (A): Ontbijtsessie']);
    expect(alfa[1]!.description).toBe(
      'Contactmoment 2 van 3 met Alfa, klasse A. Relatiebeheerder: Jan. Activiteiten: Ontbijtsessie; Jaargesprek met vennoot. Gepland door Klantwaarde.',
    );
  });
});
