import { addMonths, contactPlan, firstWorkingDay, spreadContacts, validateModel, workingDayDates } from '../../../src/engine';
import { levelsOf, PLAN_ROWS, planModel, runOf } from './fixtures';

describe('working days', () => {
  it('moves a Saturday or Sunday to the Monday after', () => {
    expect(firstWorkingDay('2026-01-03')).toBe('2026-01-05');
    expect(firstWorkingDay('2026-01-04')).toBe('2026-01-05');
    expect(firstWorkingDay('2026-01-07')).toBe('2026-01-07');
  });
  it('counts only Monday to Friday', () => {
    expect(workingDayDates('2026-01-08', 4)).toEqual(['2026-01-08', '2026-01-09', '2026-01-12', '2026-01-13']); // Thu, Fri, Mon, Tue
    expect(workingDayDates('2026-01-02', 2)).toEqual(['2026-01-02', '2026-01-05']); // Friday, then Monday
    const year = workingDayDates('2026-01-05', 260);
    expect(year[5]).toBe('2026-01-12');
    expect(year[259]).toBe('2027-01-01'); // the Friday of week 52: 5 January + 51 × 7 + 4 days
  });
  it('adds calendar months and clamps to the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-01-05', 6)).toBe('2026-07-05');
  });
});

describe('spreading contacts over the year', () => {
  it('spaces four contacts a quarter (65 working days) apart, each owner client at its own offset', () => {
    expect(spreadContacts(0, 2, 4, 130)).toEqual([0, 65, 130, 195]);
    expect(spreadContacts(1, 2, 4, 130)).toEqual([32, 97, 162, 227]);
  });
  it('keeps a yearly contact within the anchoring horizon', () => {
    // One contact a year: the offset spreads over the 130 working days of six months, not the whole year.
    expect(spreadContacts(1, 2, 1, 130)).toEqual([65]);
  });
  it('plans nothing for a class without contacts', () => {
    expect(spreadContacts(0, 1, 0, 130)).toEqual([]);
  });
});

describe('contact plan', () => {
  const m = planModel();
  const { run, rows } = runOf(PLAN_ROWS, m);
  const plan = contactPlan({ run, rows, levels: levelsOf(m), from: '2026-01-03' });
  const byName = (name: string) => plan.clients.find((c) => c.name === name)!;

  it('starts on the first working day and ends a year later', () => {
    expect(plan.start).toBe('2026-01-05');
    expect(plan.end).toBe('2027-01-05');
    expect(plan.anchorBy).toBe('2026-07-05');
  });

  it("spreads each owner's clients over the weeks, on working days", () => {
    // Jan has Alfa, Beta, Delta (positions 0, 1, 2 of 3); Piet has Gamma, Epsilon (0, 1 of 2).
    expect(byName('Alfa').contacts.map((c) => c.date)).toEqual(['2026-01-05', '2026-04-06', '2026-07-06', '2026-10-05']);
    expect(byName('Beta').contacts.map((c) => c.date)).toEqual(['2026-02-03', '2026-05-05', '2026-08-04', '2026-11-03']);
    expect(byName('Delta').contacts.map((c) => c.date)).toEqual(['2026-05-05', '2026-11-03']); // offset 86⅔, interval 130
    expect(byName('Gamma').contacts.map((c) => c.date)).toEqual(['2026-01-05', '2026-07-06']);
    expect(byName('Epsilon').contacts.map((c) => c.date)).toEqual(['2026-04-06']);
    expect([byName('Alfa'), byName('Beta'), byName('Delta')].map((c) => c.contacts[0]!.hour)).toEqual([9, 11, 13]);
    for (const c of plan.clients) for (const k of c.contacts) expect([0, 6]).not.toContain(new Date(`${k.date}T12:00:00Z`).getUTCDay());
  });

  it('anchors every planned client with its first contact, within the horizon', () => {
    expect(byName('Epsilon').anchor).toBe('2026-04-06');
    for (const c of plan.clients) expect(c.anchor! <= plan.anchorBy).toBe(true);
  });

  it('takes the owner from the Relatiebeheerder column and the activities from the level', () => {
    expect(byName('Gamma')).toMatchObject({ owner: 'Piet', label: 'B', activities: 'activiteit 1', hoursPerYear: 6 });
  });

  it('sums the hours per class and per owner', () => {
    expect(plan.byClass.map((c) => [c.name, c.clients, c.contacts, c.hours])).toEqual([
      ['A', 2, 8, 32],
      ['B', 2, 4, 12],
      ['C', 1, 1, 2],
      ['D', 0, 0, 0],
    ]);
    expect(plan.byOwner.map((o) => [o.name, o.clients, o.hours])).toEqual([
      ['Jan', 3, 38],
      ['Piet', 2, 8],
    ]);
    expect(plan.totalHours).toBe(46);
    expect(plan.fits).toBe(true);
  });

  it('warns when the plan needs more hours than the firm or an owner has', () => {
    const tight = planModel({
      capacityHours: 40,
      owners: [
        { name: 'Jan', hours: 30 },
        { name: 'Piet', hours: 100 },
      ],
    });
    const r = runOf(PLAN_ROWS, tight);
    const p = contactPlan({ run: r.run, rows: r.rows, levels: levelsOf(tight), from: '2026-01-03' });
    expect(p.fits).toBe(false);
    expect(p.warnings).toEqual([
      { code: 'plan.overCapacity', params: { needed: 46, capacity: 40 } },
      { code: 'plan.ownerOverCapacity', params: { owner: 'Jan', needed: 38, capacity: 30 } },
    ]);
  });

  it("names the cell of an owner that is not in the model's list", () => {
    const listed = planModel({ owners: [{ name: 'jan' }, { name: 'Piet' }] });
    const rowsWithTypo = PLAN_ROWS.map((r) => (r.Klant === 'Delta' ? { ...r, Relatiebeheerder: 'Jna' } : r));
    const r = runOf(rowsWithTypo, listed);
    const p = contactPlan({ run: r.run, rows: r.rows, levels: levelsOf(listed), from: '2026-01-03' });
    expect(p.warnings).toEqual([{ code: 'plan.unknownOwner', params: { name: 'Jna', cell: 'C5', client: 'Delta', owners: 'jan, Piet' } }]);
    expect(p.clients.find((c) => c.name === 'Alfa')!.owner).toBe('jan');
  });

  it("falls back to the level's role when the table names no owner", () => {
    const noOwner = PLAN_ROWS.map(({ Relatiebeheerder: _, ...rest }) => rest);
    const r = runOf(noOwner, m);
    const p = contactPlan({ run: r.run, rows: r.rows, levels: levelsOf(m), from: '2026-01-03' });
    expect(p.ownerColumn).toBe(-1);
    expect(p.byOwner.map((o) => o.name)).toEqual(['rol 0', 'rol 1', 'rol 2']);
  });

  it('moves only the events of a client whose class changed', () => {
    const changed = PLAN_ROWS.map((r) => (r.Klant === 'Gamma' ? { ...r, Score: 3 } : r));
    const r = runOf(changed, m);
    const after = contactPlan({ run: r.run, rows: r.rows, levels: levelsOf(m), from: '2026-01-03' });
    for (const c of after.clients) {
      const before = byName(c.name);
      if (c.name === 'Gamma') expect(c.contacts).not.toEqual(before.contacts);
      else expect(c.contacts).toEqual(before.contacts);
    }
  });
});

describe('model plan section', () => {
  const base = { version: 1, criteria: [{ name: 'Score', weight: 1 }] };
  it('accepts service levels per class and keeps them in the model', () => {
    const v = validateModel({
      ...base,
      plan: { serviceLevels: [{ class: 'a', contactsPerYear: 6, hoursPerYear: 20, activities: 'Lunch' }], capacityHours: 500 },
    });
    expect(v.ok && v.model.plan).toEqual({
      serviceLevels: [{ class: 'A', contactsPerYear: 6, hoursPerYear: 20, activities: 'Lunch' }],
      anchorMonths: 6,
      capacityHours: 500,
    });
  });
  it('names every bad field by its path', () => {
    const v = validateModel({
      ...base,
      plan: {
        serviceLevels: [
          { class: 'A', contactsPerYear: 2.5, hoursPerYear: -3 },
          { class: 'X', contactsPerYear: 1, hoursPerYear: 1 },
        ],
        anchorMonths: 0,
        capacityHours: -1,
        owners: [{ name: 'Jan' }, { name: 'jan' }],
      },
    });
    expect(v.ok).toBe(false);
    expect(!v.ok && v.errors.map((e) => [e.params.path, e.code])).toEqual([
      ['plan.serviceLevels[0].contactsPerYear', 'model.plan.contacts'],
      ['plan.serviceLevels[0].hoursPerYear', 'model.plan.hoursNegative'],
      ['plan.anchorMonths', 'model.plan.anchorMonths'],
      ['plan.capacityHours', 'model.plan.hoursNegative'],
      ['plan.owners[1].name', 'model.plan.duplicateOwner'],
    ]);
  });
  it('ignores, with a warning, a level for a class the model does not have (left over after renaming classes)', () => {
    const v = validateModel({ ...base, plan: { serviceLevels: [{ class: 'X', contactsPerYear: 1, hoursPerYear: 1 }] } });
    expect(v.ok && v.model.plan!.serviceLevels).toEqual([]);
    expect(v.warnings).toEqual([
      { code: 'model.plan.unknownClass', params: { path: 'plan.serviceLevels[0].class', label: 'X', labels: 'A, B, C, D' } },
    ]);
  });
  it('warns about unknown fields inside the plan section', () => {
    const v = validateModel({
      ...base,
      plan: { colour: 'red', serviceLevels: [{ class: 'B', contactsPerYear: 1, hoursPerYear: 1, note: 'x' }] },
    });
    expect(v.warnings.map((w) => w.params.path)).toEqual(['plan.colour', 'plan.serviceLevels[0].note']);
  });
  it('fills a class without its own level from the default tier', () => {
    const m = planModel({ serviceLevels: [{ class: 'B', contactsPerYear: 3, hoursPerYear: 9 }] });
    expect(levelsOf(m).map((l) => [l.class, l.contactsPerYear, l.hoursPerYear, l.activities])).toEqual([
      ['A', 4, 16, 'activiteit 0'],
      ['B', 3, 9, 'activiteit 1'],
      ['C', 1, 2, 'activiteit 2'],
      ['D', 0, 1, 'activiteit 3'],
    ]);
  });
});
