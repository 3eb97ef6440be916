import { growthBudget, idealClientProfile } from '../../../src/engine';
import { PLAN_ROWS, planModel, runOf } from './fixtures';

const OWNERS = ['Jan', 'Jan', 'Piet', 'Jan', 'Piet'];

describe('growth budget', () => {
  it('is chance × opportunity per client, summed per class and per owner', () => {
    const { run, rows } = runOf(PLAN_ROWS, planModel());
    const g = growthBudget(run, rows, OWNERS)!;
    // Kans holds 30, 50, 10, 0: numbers above 1, so percentages. Gamma has neither value.
    expect(Array.from(g.expected)).toEqual([3000, 2000, NaN, 200, 0]);
    expect(g.byClass.map((t) => [t.name, t.clients, t.opportunity, t.expected])).toEqual([
      ['A', 2, 14000, 5000],
      ['B', 1, 2000, 200],
      ['C', 1, 0, 0],
      ['D', 0, 0, 0],
    ]);
    expect(g.byOwner.map((t) => [t.name, t.expected])).toEqual([
      ['Jan', 5200],
      ['Piet', 0],
    ]);
    expect(g.total.expected).toBe(5200);
    expect(g.warnings).toEqual([]);
  });

  it('reads chances as fractions when none is above 1 (cells formatted as %)', () => {
    const rows = PLAN_ROWS.map((r) => ({ ...r, Kans: typeof r.Kans === 'number' ? r.Kans / 100 : r.Kans }));
    const { run, rows: raw } = runOf(rows, planModel());
    expect(growthBudget(run, raw, OWNERS)!.total.expected).toBeCloseTo(5200, 9);
  });

  it('names the cell of a chance above 100% and of a negative opportunity, and leaves them out', () => {
    const bad = PLAN_ROWS.map((r) => (r.Klant === 'Alfa' ? { ...r, Kans: 120 } : r.Klant === 'Beta' ? { ...r, 'Extra omzet': -500 } : r));
    const { run, rows } = runOf(bad, planModel());
    const g = growthBudget(run, rows, OWNERS)!;
    expect(g.warnings).toEqual([
      { code: 'growth.chanceRange', params: { cell: 'H2', client: 'Alfa', value: '120%' } },
      { code: 'growth.opportunityNegative', params: { cell: 'G3', client: 'Beta', value: -500 } },
    ]);
    expect(g.total.expected).toBe(200);
  });

  it('names a chance that is not a number', () => {
    const bad = PLAN_ROWS.map((r) => (r.Klant === 'Delta' ? { ...r, Kans: 'misschien' } : r));
    const { run, rows } = runOf(bad, planModel());
    expect(growthBudget(run, rows, OWNERS)!.warnings).toEqual([
      { code: 'growth.notNumber', params: { cell: 'H5', client: 'Delta', value: 'misschien', column: 'Kans' } },
    ]);
  });

  it('is absent when the table has no growth columns', () => {
    const rows = PLAN_ROWS.map(({ Kans: _k, 'Extra omzet': _o, ...rest }) => rest);
    const { run, rows: raw } = runOf(rows, planModel());
    expect(growthBudget(run, raw, OWNERS)).toBeUndefined();
  });

  it('finds the columns by their synonyms', () => {
    const rows = PLAN_ROWS.map(({ Kans, 'Extra omzet': extra, ...rest }) => ({ ...rest, Slagingskans: Kans, 'Potentiële omzet': extra }));
    const { run, rows: raw } = runOf(rows, planModel());
    expect(growthBudget(run, raw, OWNERS)!.total.expected).toBe(5200);
  });
});

describe('ideal client profile', () => {
  it('compares each category among the top class with all clients (lift)', () => {
    const { run, rows } = runOf(PLAN_ROWS, planModel());
    // Relatiebeheerder (column 2) and the growth columns have another role.
    const p = idealClientProfile(run, rows, [2, 6, 7])!;
    expect(p).toMatchObject({ label: 'A', topClients: 2, clients: 5 });
    expect(p.categories).toHaveLength(1);
    const branche = p.categories[0]!;
    expect(branche.column).toBe('Branche');
    // A: Zorg 2 of 2; all: Zorg 3 of 5 → lift 1 / 0.6; Bouw 0 of 2 vs 2 of 5 → lift 0.
    expect(branche.values.map((v) => [v.value, v.topCount, v.allCount, v.lift])).toEqual([
      ['Zorg', 2, 3, 1 / 0.6],
      ['Bouw', 0, 2, 0],
    ]);
  });

  it('gives the median revenue and hours of the top class and of all clients', () => {
    const { run, rows } = runOf(PLAN_ROWS, planModel());
    const p = idealClientProfile(run, rows)!;
    expect(p.medianRevenue).toEqual({ top: 90, all: 50 });
    expect(p.medianHours).toEqual({ top: 15, all: 10 });
  });

  it('treats a text column as categorical only when its values repeat', () => {
    const { run, rows } = runOf(PLAN_ROWS, planModel());
    // Without exclusions the owner column (Jan ×3, Piet ×2) is categorical too; names never are.
    expect(idealClientProfile(run, rows)!.categories.map((c) => c.column)).toEqual(['Relatiebeheerder', 'Branche']);
  });

  it('is absent when nobody is in the top class', () => {
    const { run, rows } = runOf(
      PLAN_ROWS.map((r) => ({ ...r, Score: 1 })),
      planModel(),
    );
    expect(idealClientProfile(run, rows)).toBeUndefined();
  });
});
