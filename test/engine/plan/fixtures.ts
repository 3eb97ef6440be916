import { resolveServiceLevels, type ResolvedLevel, type ScoringModel } from '../../../src/engine';
import { clientTable, classify, model, type Row } from '../builders';

/** Five clients, two owners, a category column and growth columns (scores 3,3 → A; 2,2 → B; 1 → C). */
export const PLAN_ROWS: Row[] = [
  { Klant: 'Alfa', Score: 3, Relatiebeheerder: 'Jan', Branche: 'Zorg', Omzet: 100, Uren: 10, 'Extra omzet': 10000, Kans: 30 },
  { Klant: 'Beta', Score: 3, Relatiebeheerder: 'Jan', Branche: 'Zorg', Omzet: 80, Uren: 20, 'Extra omzet': 4000, Kans: 50 },
  { Klant: 'Gamma', Score: 2, Relatiebeheerder: 'Piet', Branche: 'Bouw', Omzet: 50, Uren: 5, 'Extra omzet': null, Kans: null },
  { Klant: 'Delta', Score: 2, Relatiebeheerder: 'Jan', Branche: 'Bouw', Omzet: 40, Uren: 6, 'Extra omzet': 2000, Kans: 10 },
  { Klant: 'Epsilon', Score: 1, Relatiebeheerder: 'Piet', Branche: 'Zorg', Omzet: 20, Uren: 30, 'Extra omzet': 0, Kans: 0 },
];

export function planModel(plan?: Record<string, unknown>): ScoringModel {
  return model({ criteria: [{ name: 'Score', weight: 1 }], ...(plan ? { plan } : {}) });
}

/** Texts are not under test here: the tier number makes them recognisable. */
export function levelsOf(m: ScoringModel): ResolvedLevel[] {
  return resolveServiceLevels(m, (tier) => ({ activities: `activiteit ${tier}`, ownerRole: `rol ${tier}` }));
}

export function runOf(rows: readonly Row[], m: ScoringModel) {
  const c = classify(rows, m);
  return { run: c.run, rows: clientTable(rows).rows };
}
